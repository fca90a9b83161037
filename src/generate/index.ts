export { DEFAULT_ID_PREFIX, generateGraph, type GenerateOptions, type GeneratedFile, type GenerationResult } from './generateGraph';
export { planGeneration, type GenerationPlan } from './generationPlan';
export { Random, WeightedPicker, zipfWeights } from './random';
export { CsvWriter, formatCsvLine, type CsvValue } from './csvWriter';
