import type { TestProject } from 'vitest/node';
import { createCluster, dropCluster, type ClusterRef } from './cluster.js';

export default async function setup(project: TestProject) {
  const cluster = await createCluster();
  project.provide('faultCluster', cluster);
  return () => dropCluster(cluster);
}

declare module 'vitest' {
  export interface ProvidedContext {
    faultCluster: ClusterRef;
  }
}
