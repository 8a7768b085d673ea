// The lazy dataset chunk: the JSON travels with its validator (zod), so neither weighs on the first screen.
import raw from '../../../data/qidong-2023.json'
import { parseDataset } from './parse-dataset'

export const loadDataset = () => parseDataset(raw)
