/** closeDependencies: what the selected declarations need comes along, excluded names never do. */
import { expect } from 'chai';
import { closeDependencies } from '../../src/passes/close-dependencies.js';
import { planOf } from './plan-of.js';

const HEADER = `struct inner { int v; };
typedef struct inner inner_t;
struct outer { inner_t in; struct outer *next; };
typedef struct hidden hidden_t;
enum mode { FAST, SLOW };
int use(struct outer *o, enum mode m);
hidden_t *open_hidden(void);
int unrelated(void);
`;

describe('pass closeDependencies', function () {
  const requiredNames = (only: string[], exclude: string[] = []) => {
    const { ir, plan } = planOf(HEADER, { only, exclude }, closeDependencies);
    return ir.decls
      .filter((d) => plan.required.has(d.id))
      .map((d) => d.name)
      .sort();
  };

  it('brings parameter, field and typedef targets, transitively, through pointers too', function () {
    expect(requiredNames(['use'])).to.deep.equal(['inner', 'inner_t', 'mode', 'outer']);
  });

  it('brings a record reached only through a pointer, even without a definition', function () {
    expect(requiredNames(['open_hidden'])).to.deep.equal(['hidden', 'hidden_t']);
  });

  it('never brings an excluded name, nor what only it needed', function () {
    expect(requiredNames(['use'], ['inner_t'])).to.deep.equal(['mode', 'outer']);
  });

  it('does not count selected declarations as required', function () {
    const { plan, id } = planOf(HEADER, { only: ['use', 'outer'] }, closeDependencies);
    expect(plan.selected.has(id('outer', 'record'))).to.equal(true);
    expect(plan.required.has(id('outer', 'record'))).to.equal(false);
    expect(plan.required.has(id('unrelated'))).to.equal(false);
  });
});
