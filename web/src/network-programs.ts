// Sigma's node and edge programs without instanced drawing.
//
// Sigma 3 draws every node and edge with `drawArraysInstanced` (one instance per item).
// Chromium without a GPU runs WebGL on SwiftShader, whose cost for an instanced draw grows
// by roughly 25 µs per instance whatever its size: 2,000 nodes (drawn twice, once for the
// picking buffer) and 5,000 edges cost ~300 ms a frame, while the same triangles sent as one
// plain `drawArrays` take a few milliseconds (bench/RESULTS.md, "Where the time went").
// `deinstanced` turns any instanced sigma program into a plain one: the per-item attributes
// are repeated on each of the item's vertices, followed by that vertex's constant data, and
// the shaders are sigma's own, so the picture and picking are unchanged.
import type { Attributes } from 'graphology-types';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  getAttributesItemsCount,
  NodeCircleProgram,
} from 'sigma/rendering';

interface AttributeSpec {
  name: string;
  size: number;
  type: number;
  normalized?: boolean;
}

interface InstancedDefinition {
  VERTICES: number;
  ATTRIBUTES: AttributeSpec[];
  CONSTANT_ATTRIBUTES?: AttributeSpec[];
  CONSTANT_DATA?: number[][];
}

// The members of sigma's Program that this wrapper reads or replaces.
interface ProgramInternals {
  array: Float32Array;
  getDefinition(): InstancedDefinition;
  processVisibleItem(...args: unknown[]): void;
}

type ProgramClass = abstract new (...args: never[]) => object;

function deinstanced<C extends ProgramClass>(Base: C): C {
  // biome-ignore lint/suspicious/noExplicitAny: a mixin over sigma's abstract program classes
  const B = Base as unknown as new (...args: any[]) => ProgramInternals;
  class Plain extends B {
    private scratch: Float32Array | null = null;

    getDefinition(): InstancedDefinition {
      const def = super.getDefinition();
      const { CONSTANT_ATTRIBUTES = [], CONSTANT_DATA: _, ...rest } = def;
      // Without CONSTANT_ATTRIBUTES sigma treats the program as plain drawArrays.
      return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    processVisibleItem(...args: unknown[]): void {
      const def = super.getDefinition();
      const constants = def.CONSTANT_DATA ?? [];
      // Float32 slots of one item (sigma packs a normalized byte vector into one slot).
      const itemSlots = getAttributesItemsCount(def.ATTRIBUTES);
      const start = args[1] as number;
      // Let sigma's own code write one item's attributes into a scratch array, then copy
      // them to each vertex.
      const out = this.array;
      if (this.scratch?.length !== itemSlots) this.scratch = new Float32Array(itemSlots);
      const scratch = this.scratch;
      this.array = scratch;
      try {
        super.processVisibleItem(args[0], 0, ...args.slice(2));
      } finally {
        this.array = out;
      }
      let i = start;
      for (let v = 0; v < def.VERTICES; v++) {
        out.set(scratch, i);
        i += itemSlots;
        for (const c of constants[v] ?? []) out[i++] = c;
      }
    }
  }
  return Plain as unknown as C;
}

/**
 * Sigma's circle node program drawn on a square (two triangles) instead of the triangle
 * around the disc: 4r² instead of 5.2r² pixels shaded per node, the same disc. On software
 * WebGL node pixels are most of a frame's cost (bench/RESULTS.md, UI).
 */
class NodeSquareProgram extends NodeCircleProgram {
  getDefinition() {
    const def = super.getDefinition();
    const corner = 'vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));';
    // sigma puts the triangle's corners at twice the disc's radius; a square's are at √2 times.
    if (!def.VERTEX_SHADER_SOURCE.includes(corner)) throw new Error('sigma circle shader changed');
    const q = Math.PI / 4;
    const [a, b, c, d] = [q, 3 * q, 5 * q, 7 * q];
    return {
      ...def,
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: def.VERTEX_SHADER_SOURCE.replace(
        corner,
        'vec2 diffVector = size * 0.70710678 * vec2(cos(a_angle), sin(a_angle));',
      ),
      CONSTANT_DATA: [[a], [b], [c], [a], [c], [d]],
    };
  }
}

// The members of sigma's program objects that the renderer calls.
interface ProgramLike {
  reallocate(capacity: number): void;
  process(...args: unknown[]): void;
  render(params: unknown): void;
  kill(): void;
}

/**
 * A program that keeps two of sigma's programs filled with the same items and draws one of
 * them: `lean` when `isLean()` says so (the camera is moving), else `full`. Both are filled
 * when sigma processes the graph, so switching costs nothing at draw time.
 */
function byDetail<P>(full: P, lean: P, isLean: () => boolean): P {
  type Ctor = new (...args: unknown[]) => ProgramLike;
  const [Full, Lean] = [full as unknown as Ctor, lean as unknown as Ctor];
  class Switch implements ProgramLike {
    private full: ProgramLike;
    private lean: ProgramLike;
    drawLabel: unknown;
    drawHover: unknown;
    constructor(...args: unknown[]) {
      this.full = new Full(...args);
      this.lean = new Lean(...args);
      const f = this.full as unknown as { drawLabel?: unknown; drawHover?: unknown };
      this.drawLabel = f.drawLabel;
      this.drawHover = f.drawHover;
    }
    reallocate(capacity: number): void {
      this.full.reallocate(capacity);
      this.lean.reallocate(capacity);
    }
    process(...args: unknown[]): void {
      this.full.process(...args);
      this.lean.process(...args);
    }
    render(params: unknown): void {
      (isLean() ? this.lean : this.full).render(params);
    }
    kill(): void {
      this.full.kill();
      this.lean.kill();
    }
  }
  return Switch as unknown as P;
}

/**
 * `Base` without its picking pass (the hidden frame sigma reads hover and clicks from) while
 * `isLean()`: a frame drawn while the camera moves is replaced within 150 ms, and the view
 * does not pick from it (network-pan.ts).
 */
function pickingOnlyAtRest<C extends ProgramClass>(Base: C, isLean: () => boolean): C {
  type Pickable = { pickProgram: unknown; render(params: unknown): void };
  const B = Base as unknown as new (...args: unknown[]) => Pickable;
  class AtRest extends B {
    render(params: unknown): void {
      const pick = this.pickProgram;
      if (isLean()) this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  }
  return AtRest as unknown as C;
}

/**
 * The node and edge programs the network view registers in place of sigma's defaults. While
 * `lean()` is true, edges are drawn as 1-pixel lines (2 vertices each, no arrow heads, no
 * thickness) in their tie colour, and nodes skip the picking pass.
 */
export function plainPrograms<N extends Attributes, E extends Attributes>(
  lean: () => boolean = () => false,
): {
  nodeProgramClasses: Record<string, NodeProgramType<N, E>>;
  edgeProgramClasses: Record<string, EdgeProgramType<N, E>>;
} {
  const circle = pickingOnlyAtRest(deinstanced(NodeSquareProgram), lean) as unknown as NodeProgramType<N, E>;
  const rectangle = deinstanced(EdgeRectangleProgram) as unknown as EdgeProgramType<N, E>;
  const arrow = createEdgeCompoundProgram<N, E>([
    deinstanced(createEdgeClampedProgram<N, E>()),
    deinstanced(createEdgeArrowHeadProgram<N, E>()),
  ]);
  const thin = EdgeLineProgram as unknown as EdgeProgramType<N, E>;
  return {
    nodeProgramClasses: { circle },
    edgeProgramClasses: { arrow: byDetail(arrow, thin, lean), line: byDetail(rectangle, thin, lean) },
  };
}
