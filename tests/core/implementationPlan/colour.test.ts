import { colourWord, fillColour } from '../../../src/core/implementationPlan/colour';

describe('fillColour', () => {
  it.each([
    ['FF0000', 'red'],
    ['C00000', 'red'],
    ['FFC7CE', 'red'],
    ['00B050', 'green'],
    ['92D050', 'green'],
    ['C6EFCE', 'green'],
    ['FFFF00', 'none'],
    ['FFC000', 'none'],
    ['FFFFFF', 'none'],
    ['D9D9D9', 'none'],
    ['4472C4', 'none'],
    [undefined, 'none'],
  ])('%s is %s', (rgb, colour) => {
    expect(fillColour(rgb)).toBe(colour);
  });
});

describe('colourWord', () => {
  it('reads the colour word and what follows it', () => {
    expect(colourWord('Rött')).toEqual({ colour: 'red', rest: '' });
    expect(colourWord('Grönt: nätverket träffas.')).toEqual({ colour: 'green', rest: 'nätverket träffas.' });
    expect(colourWord('RÖD – försenad')).toEqual({ colour: 'red', rest: 'försenad' });
    expect(colourWord('Påbörjad')).toEqual({ colour: 'none', rest: 'Påbörjad' });
    expect(colourWord('Rödlistad art')).toEqual({ colour: 'none', rest: 'Rödlistad art' });
  });
});
