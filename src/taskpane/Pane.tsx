import { Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RULES_VERSION } from '../core';
import type { Report } from '../core/findings/finding';
import type { WorkbookHost } from '../host/port';
import { ControlTab } from './ControlTab';
import { ComputeTab } from './compute/ComputeTab';
import { HelpLink } from './HelpLink';
import { InternalControlTab } from './internalControl/InternalControlTab';
import { LiveRegion } from './LiveRegion';
import { ScenarioTab } from './scenario/ScenarioTab';
import { useAnnouncer } from './usePaneFeedback';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

export interface PaneProps {
  host: WorkbookHost;
  now: () => Date;
  onReport?: (report: Report) => void;
  /** Show the "Hjälp" link (default); the stand-alone page has its own. */
  helpLink?: boolean;
}

type TabId = 'kontroll' | 'berakna' | 'internkontroll' | 'scenarier';

/**
 * The pane: one tab per job of the controller's month. Tabs stay mounted while hidden, so a
 * result is still there when the user comes back. No title or landmark of its own: Office's pane
 * chrome (or the stand-alone page) has them.
 */
export function Pane({ host, now, onReport, helpLink = true }: PaneProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('kontroll');
  const { announcement, announce } = useAnnouncer();
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{host.name}</Caption1>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" aria-label="Periodkolls delar">
        <Tab value="kontroll" id="pk-tab-kontroll" aria-controls="pk-panel-kontroll">
          Kontroll
        </Tab>
        <Tab value="berakna" id="pk-tab-berakna" aria-controls="pk-panel-berakna">
          Beräkna
        </Tab>
        <Tab value="internkontroll" id="pk-tab-internkontroll" aria-controls="pk-panel-internkontroll">
          Internkontroll
        </Tab>
        <Tab value="scenarier" id="pk-tab-scenarier" aria-controls="pk-panel-scenarier">
          Scenarier
        </Tab>
      </TabList>
      <div role="tabpanel" id="pk-panel-kontroll" aria-labelledby="pk-tab-kontroll" hidden={tab !== 'kontroll'}>
        <ControlTab host={host} now={now} onReport={onReport} announce={announce} active={tab === 'kontroll'} />
      </div>
      <div role="tabpanel" id="pk-panel-berakna" aria-labelledby="pk-tab-berakna" hidden={tab !== 'berakna'}>
        <ComputeTab host={host} announce={announce} />
      </div>
      <div role="tabpanel" id="pk-panel-internkontroll" aria-labelledby="pk-tab-internkontroll" hidden={tab !== 'internkontroll'}>
        <InternalControlTab host={host} now={now} announce={announce} />
      </div>
      <div role="tabpanel" id="pk-panel-scenarier" aria-labelledby="pk-tab-scenarier" hidden={tab !== 'scenarier'}>
        <ScenarioTab host={host} announce={announce} active={tab === 'scenarier'} />
      </div>
      <div className={styles.footer}>
        <Caption1 className={styles.muted}>Regelversion {RULES_VERSION}</Caption1>
        {helpLink && <HelpLink />}
      </div>
      <LiveRegion text={announcement.text} count={announcement.count} />
    </div>
  );
}
