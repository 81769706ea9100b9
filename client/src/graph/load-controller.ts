/**
 * Loads and layouts, and everything that can overtake them. One token: `current`, the job (a load or a
 * layout) whose work may still touch the canvas. Each step of a job that waits (a frame, a slice, the
 * worker's answer, an animation) checks that its job is still current and stops where it is if not.
 * - A load replaces any job: its build stops, its preview goes, its layout never lands.
 * - A layout asked for while a very big graph still goes in does not stop the build: it becomes the
 *   layout that job lands once the whole graph is in.
 * - Any other layout replaces the current job and takes over what it still owed (reporting a small
 *   graph's first frame once laid out).
 * - An edit puts the rest of a build in first (`finishBuild`), so it acts on the whole graph.
 *
 * A big graph's force layout is asked of the worker once Cytoscape has drawn all of it (askLayout
 * 'complete'). Asked at the first frame instead, the worker computes while Cytoscape takes the graph in,
 * and on the benchmark's 2 cores (shared, load average 6–10) the two slow each other down: the graph was
 * complete later every time, and the layout landed sooner at 1k and 10k nodes but at 5k only in some runs.
 * Ratios to plain Cytoscape's first frame, complete / layout landed, asked once complete against asked at
 * the first frame (medians of 4–8 interleaved rounds of the render benchmark's draw, and a quick render run):
 *   - 5k nodes: 1.30 / 2.00 against 2.04 / 2.04; 1.19 / 2.67 against 1.89 / 1.89; run 0.64 / 1.50 against 1.44 / 1.44
 *   - 1k: 1.48 / 2.59 against 1.63 / 2.11; run 1.30 / 2.55 against 2.08 / 2.26
 *   - 10k: 1.30 / 2.52 against 1.83 / 1.83
 * A whole graph that answers clicks and hover comes first; every render run measures the other way too
 * (`ours-early`), and on a machine with cores to spare it may win.
 */
import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { forceJob, forceJobOnStage, land, tidyAnswer, type ForceJob } from './background-layout.js';
import type { GraphElement, NodeElement } from './elements.js';
import { definitionsOf, edgeFiltered } from './filters.js';
import { CANCELLED, type ForceRunner } from './force-runner.js';
import { afterNextFrame, nextTask } from './frames.js';
import { initialPlacement } from './initial-placement.js';
import { FIT_PADDING, type LayoutName } from './layouts.js';
import { placeAround } from './placement.js';
import type { Preview, Viewport } from './preview.js';
import { runLayout } from './run-layout.js';
import { BACKGROUND_LAYOUT_NODES, LARGE_ELEMENTS, fitViewport, minZoomFor } from './scale.js';
import { startSlicedBuild, type SlicedBuild } from './sliced-build.js';
import type { Filters, Stage } from './stage.js';
import { canvasSize, nodesBox, viewportFor } from './viewport.js';

export interface LoadControllerOptions {
  stage: Stage;
  /** A new instance with these elements (and this viewport), wired to the module's events. */
  make(definitions: ElementDefinition[], viewport?: Viewport & { minZoom: number }): Core;
  runner: ForceRunner;
  /** @see GraphViewOptions.large */
  large?: boolean | undefined;
  largeThreshold?: number | undefined;
  onFirstFrame?: ((frame: { complete: boolean }) => void) | undefined;
  /** @see GraphViewOptions.askLayout */
  askLayout?: 'first-frame' | 'complete' | undefined;
}

interface Job {
  /** The layout this job lands. */
  layout: { name: LayoutName; roots?: string[] | undefined };
  /** While a very big graph goes in, and until Cytoscape has drawn it. */
  build?: SlicedBuild | undefined;
  /** The worker's answer when asked for at the first frame (askLayout), for the filters of that moment. */
  force?: { job: ForceJob; filters: Filters; answer: Promise<Float64Array> } | undefined;
  /** Owed once this job's layout has landed: a small graph's first frame is its laid-out picture. */
  firstFrame?: (() => void) | undefined;
  /** Settles (never rejects) once this job's layout landed or the job was replaced. */
  arranged: Promise<void>;
  settle(): void;
}

export function createLoadController(options: LoadControllerOptions) {
  const { stage, runner } = options;
  const askEarly = options.askLayout === 'first-frame';
  let current: Job | undefined;
  const alive = (job: Job) => current === job;
  /** Layouts in progress (settled failures included), for `settled` and `whenSettled`. */
  const running = new Set<Promise<void>>();
  const track = (run: Promise<void>): Promise<void> => {
    const quiet = run.catch(() => undefined).finally(() => { running.delete(quiet); });
    running.add(quiet);
    return run;
  };

  /** Makes `layout` the current job; a layout (not a load) takes over what the one before still owed. */
  const begin = (layout: Job['layout'], kind: 'load' | 'layout'): Job => {
    const before = current;
    let settle = () => {};
    const arranged = new Promise<void>((resolve) => { settle = resolve; });
    const job: Job = { layout, arranged, settle, firstFrame: kind === 'layout' ? before?.firstFrame : undefined };
    current = job;
    runner.cancel();
    before?.build?.preview.destroy();
    before?.settle();
    return job;
  };

  /** Asks the worker now, so that it computes while Cytoscape takes the graph in (askLayout 'first-frame'). */
  const askWorker = (job: Job, nodes: readonly NodeElement[], elements: readonly GraphElement[]) => {
    if (job.layout.name !== 'fcose') return;
    const { filters } = stage;
    const shown = nodes.filter((n) => !filters.hiddenKinds.has(n.data.kind)).map((n) => n.data);
    const edges: { source: string; target: string }[] = [];
    for (const e of elements) if (e.group === 'edges' && !edgeFiltered(filters, e.data)) edges.push(e.data);
    const question = forceJob(shown, edges);
    const answer = runner.run(question.input);
    // Nobody may wait for it (a grid chosen meanwhile): its cancellation is not an error.
    answer.catch(() => undefined);
    job.force = { job: question, filters, answer };
  };

  /** Lays the job's graph out as it asks, and lands the result unless the job was replaced meanwhile. */
  const arrange = async (job: Job): Promise<void> => {
    const { cy } = stage;
    const target = cy.elements().not('.filtered');
    if (target.empty()) return;
    const { name, roots } = job.layout;
    const nodeCount = target.nodes().length;
    if (name === 'fcose' && nodeCount > BACKGROUND_LAYOUT_NODES) {
      // An answer asked for at the first frame still fits unless the filters changed since.
      const asked = job.force?.filters === stage.filters ? job.force : undefined;
      const question = asked?.job ?? forceJobOnStage(stage);
      let positions: Float64Array;
      try {
        positions = await (asked?.answer ?? runner.run(question.input));
      } catch (error) {
        if (error === CANCELLED) return;
        throw error;
      }
      if (alive(job)) land(stage, tidyAnswer(stage, question, positions));
      return;
    }
    runner.cancel();
    // Only the hierarchy needs roots: the selected node, else the best-connected one.
    const selected = cy.$('node:selected').map((n) => n.id());
    const hubs = name !== 'breadthfirst' ? [] : roots ?? (selected.length ? selected : [maxDegree(target.nodes())].filter((x): x is string => Boolean(x)));
    await runLayout(cy, target, name, {
      nodeCount,
      roots: hubs,
      animate: Boolean(stage.container),
      viewport: stage.container ? canvasSize(cy) : undefined,
    });
    if (!stage.container || !alive(job)) return;
    // The layout's own fit stops at the zoom floor, set for the picture before it: a bigger picture
    // gets a lower floor, and is fitted again unless a person has moved the view.
    const fitted = fitViewport(nodesBox(target.nodes()), canvasSize(cy), FIT_PADDING);
    const floorHeld = fitted.zoom < cy.minZoom();
    cy.minZoom(minZoomFor(fitted.zoom));
    if (floorHeld && !stage.viewportTouched) cy.viewport({ zoom: fitted.zoom, pan: fitted.pan });
  };

  /** `arrange`, then what the job owed once landed; its `arranged` settles either way. */
  const arrangeAndReport = (job: Job): Promise<void> => arrange(job).then(() => {
    if (!alive(job)) return;
    job.firstFrame?.();
    job.firstFrame = undefined;
  }).finally(() => job.settle());

  /** Resolves once the renderer has drawn a frame (at once headless, where nothing is drawn). */
  const drawn = () => new Promise<void>((resolve) => {
    if (!stage.container) {
      resolve();
      return;
    }
    // A hidden page draws no frames: do not wait forever for one.
    const timer = setTimeout(resolve, 5000);
    stage.cy.one('render', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  return {
    /** @see GraphView.load */
    async load(elements: GraphElement[], layout: LayoutName): Promise<void> {
      const job = begin({ name: layout }, 'load');
      const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
      stage.large = options.large ?? elements.length > (options.largeThreshold ?? LARGE_ELEMENTS);
      const background = nodes.length > BACKGROUND_LAYOUT_NODES;
      // Nodes without a position: a big graph starts from its kind/degree disc, a small one from a circle
      // (not a pile at (0, 0): the first frames and an animated layout stay drawable).
      const free = nodes.filter((n) => !n.position);
      const points = background
        ? initialPlacement(free.map((n) => ({ id: n.data.id, kind: n.data.kind, degree: n.data.degree })))
        : placeAround({ center: { x: 0, y: 0 }, count: free.length, radius: Math.max(120, free.length * 6) });
      const start = new Map(free.map((n, i) => [n.data.id, points[i]]));
      const definitions = definitionsOf(elements, start, stage.filters);
      stage.cy.destroy();
      stage.viewportTouched = false;
      const { container } = stage;
      if (container && stage.large && background) {
        job.build = startSlicedBuild({
          stage, host: container, definitions, elements, positions: start,
          make: (viewport) => options.make([], viewport),
          alive: () => alive(job),
          onPainted: () => {
            options.onFirstFrame?.({ complete: false });
            if (askEarly) askWorker(job, nodes, elements);
          },
        });
        if (!await job.build.done) return;
      } else {
        stage.cy = options.make(definitions);
        if (container) {
          // Fitted before the first frame. Measuring the box styles every element now, as plain Cytoscape's
          // own first layout does: styled inside the first frame instead, they would invalidate what that
          // frame cached and cost a second full frame. The renderer reuses the boxes.
          const fitted = viewportFor(stage.cy, stage.cy.elements().not('.filtered').boundingBox({}));
          stage.cy.viewport({ zoom: fitted.zoom, pan: fitted.pan });
        }
        if (background && askEarly) askWorker(job, nodes, elements);
      }
      if (!background) {
        job.firstFrame = () => options.onFirstFrame?.({ complete: true });
        await track(arrangeAndReport(job));
        return;
      }
      await drawn();
      if (!alive(job)) return;
      // Cytoscape has drawn what the preview showed.
      if (job.build) job.build.preview.destroy();
      else options.onFirstFrame?.({ complete: true });
      job.build = undefined;
      // The whole graph is on the canvas. The layout's question (a pass over every element) waits for the
      // next frame, which shows the graph without the preview: the page answers input in between.
      const next = (stage.container ? afterNextFrame() : nextTask()).then(() => (alive(job) ? arrangeAndReport(job) : undefined));
      void track(next).catch((error: unknown) => console.error(error));
    },

    /** @see GraphView.runLayout */
    runLayout(name: LayoutName, roots?: string[]): Promise<void> {
      const building = current?.build ? current : undefined;
      if (building) {
        // The graph is still going in: this is the layout it lands once all of it is there.
        building.layout = { name, roots };
        if (name !== 'fcose') building.force = undefined;
        return building.arranged;
      }
      if (stage.cy.elements().not('.filtered').empty()) return Promise.resolve();
      return track(arrangeAndReport(begin({ name, roots }, 'layout')));
    },

    /** Puts the rest of a graph still going in at once, before an edit. */
    finishBuild: () => current?.build?.finish(),
    /** The filters changed: a preview that still stands in draws them. */
    filtersChanged: () => current?.build?.redraw(),
    preview: (): Preview | undefined => current?.build?.preview,
    /** No layout is running and nothing (viewport or node) is animating. */
    settled: () => running.size === 0 && !stage.cy.animated() && stage.cy.$(':animated').empty(),
    async whenSettled(): Promise<void> {
      // Each one leaves the set before it resolves, so this ends; a layout started meanwhile is waited for too.
      while (running.size) await Promise.all(running);
    },
    destroy() {
      current?.build?.preview.destroy();
      current?.settle();
      current = undefined;
      runner.dispose();
    },
  };
}

function maxDegree(nodes: NodeCollection): string | undefined {
  let best: string | undefined;
  let most = -1;
  nodes.forEach((n) => {
    const degree = n.degree(false);
    if (degree > most) {
      most = degree;
      best = n.id();
    }
  });
  return best;
}
