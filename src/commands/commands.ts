/**
 * FunctionFile of the add-in (commands.html). The ribbon button opens the task pane through the
 * manifest's ShowTaskpane action, so there is no function to register; Office still loads this
 * page for the ribbon and waits for it to report ready.
 */
Office.onReady(() => {
  // Nothing to associate: every command is declarative (ShowTaskpane).
});
