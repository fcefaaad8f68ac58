/** What the timeline's lanes stand for (its `lanes` URL parameter). */
import { z } from 'zod/mini';

export const LANE_BYS = ['staff', 'room', 'location'] as const;
export const laneBySchema = z.enum(LANE_BYS);
export type LaneBy = z.infer<typeof laneBySchema>;

export const LANE_BY_LABELS: Record<LaneBy, string> = {
  staff: 'Staff',
  room: 'Room or calendar',
  location: 'Location',
};
