/** Instance types the emulated zones sell (the types seen in real templates plus common ones). */

/** An instance type's shape. */
export interface InstanceTypeSpec {
  instanceType: string;
  family: string;
  generation: string;
  cpu: number;
  /** GiB */
  memory: number;
  gpu?: number;
}

/** The default instance type list. */
export const DEFAULT_INSTANCE_TYPES: InstanceTypeSpec[] = [
  { instanceType: "ecs.n1.tiny", family: "ecs.n1", generation: "ecs-1", cpu: 1, memory: 1 },
  { instanceType: "ecs.n1.small", family: "ecs.n1", generation: "ecs-1", cpu: 1, memory: 2 },
  { instanceType: "ecs.n1.medium", family: "ecs.n1", generation: "ecs-1", cpu: 2, memory: 4 },
  { instanceType: "ecs.n1.large", family: "ecs.n1", generation: "ecs-1", cpu: 4, memory: 8 },
  { instanceType: "ecs.t5-lc1m1.small", family: "ecs.t5", generation: "ecs-3", cpu: 1, memory: 1 },
  { instanceType: "ecs.t5-lc1m2.small", family: "ecs.t5", generation: "ecs-3", cpu: 1, memory: 2 },
  { instanceType: "ecs.s6-c1m2.large", family: "ecs.s6", generation: "ecs-4", cpu: 2, memory: 4 },
  { instanceType: "ecs.g5.large", family: "ecs.g5", generation: "ecs-3", cpu: 2, memory: 8 },
  { instanceType: "ecs.g6.large", family: "ecs.g6", generation: "ecs-4", cpu: 2, memory: 8 },
  { instanceType: "ecs.g6.xlarge", family: "ecs.g6", generation: "ecs-4", cpu: 4, memory: 16 },
  { instanceType: "ecs.g6.2xlarge", family: "ecs.g6", generation: "ecs-4", cpu: 8, memory: 32 },
  { instanceType: "ecs.c6.large", family: "ecs.c6", generation: "ecs-4", cpu: 2, memory: 4 },
  { instanceType: "ecs.g7.large", family: "ecs.g7", generation: "ecs-5", cpu: 2, memory: 8 },
  { instanceType: "ecs.c7.large", family: "ecs.c7", generation: "ecs-5", cpu: 2, memory: 4 },
  {
    instanceType: "ecs.gn5-c8g1.2xlarge",
    family: "ecs.gn5",
    generation: "ecs-3",
    cpu: 8,
    memory: 60,
    gpu: 1,
  },
];
