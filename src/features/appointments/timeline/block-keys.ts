/**
 * Arrow-key movement between timeline blocks (one Tab stop for the whole timeline, roving tabindex):
 * Left/Right walk a lane in time order, Up/Down go to the nearest block in time in the lane above or
 * below (skipping empty ones), Home/End to a lane's first and last block.
 */
export interface BlockRef {
  key: string;
  startMs: number;
}

function nearest(lane: readonly BlockRef[], startMs: number): BlockRef | undefined {
  let best: BlockRef | undefined;
  for (const block of lane) {
    if (!best || Math.abs(block.startMs - startMs) < Math.abs(best.startMs - startMs)) best = block;
  }
  return best;
}

export function moveBlock(
  lanes: readonly (readonly BlockRef[])[],
  key: string,
  arrow: string,
): string | null {
  const laneIndex = lanes.findIndex((lane) => lane.some((b) => b.key === key));
  const lane = lanes[laneIndex];
  if (!lane) return null;
  const index = lane.findIndex((b) => b.key === key);
  const here = lane[index]!;
  switch (arrow) {
    case 'ArrowRight':
      return lane[Math.min(lane.length - 1, index + 1)]!.key;
    case 'ArrowLeft':
      return lane[Math.max(0, index - 1)]!.key;
    case 'Home':
      return lane[0]!.key;
    case 'End':
      return lane[lane.length - 1]!.key;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = arrow === 'ArrowDown' ? 1 : -1;
      for (let i = laneIndex + step; i >= 0 && i < lanes.length; i += step) {
        const target = nearest(lanes[i]!, here.startMs);
        if (target) return target.key;
      }
      return key;
    }
    default:
      return null;
  }
}
