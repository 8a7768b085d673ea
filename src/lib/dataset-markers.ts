// How the build marks the dataset in index.html (src/build/dataset-asset.ts) and the app finds it
// (src/data/dataset/fetch-dataset.ts).

/** The <script type="application/json"> that holds the dataset in the single-file build */
export const DATASET_ELEMENT_ID = 'qidong-dataset'
/** Marks the <link rel="preload" as="fetch"> that names the dataset file */
export const DATASET_LINK_ATTRIBUTE = 'data-dataset'
