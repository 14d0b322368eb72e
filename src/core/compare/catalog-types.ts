/**
 * The shape of the deployment-models catalog: plain data (JSON-compatible), so a
 * user can extend it with their own models, dimensions and sources
 * (see `parseCatalogExtension` and `mergeCatalog` in `./catalog-extend`).
 */

/** A text in both UI languages. */
export interface Localized {
	en: string;
	ko: string;
}

/**
 * A public reference a fact is taken from.
 *
 * @example
 * // { id: "k8s-overview", title: { en: "Kubernetes overview: Going back in time", ko: "쿠버네티스 개요: 여정 돌아보기" },
 * //   url: "https://kubernetes.io/docs/concepts/overview/#going-back-in-time" }
 */
export interface CatalogSource {
	id: string;
	title: Localized;
	/** One address, or one per language (the Korean translation of a page, say). */
	url: string | Localized;
}

/** A row of the comparison: the same question asked of every model. */
export interface CatalogDimension {
	id: string;
	label: Localized;
}

/**
 * One reference fact: a short paraphrase (never a quotation) and the ids of the
 * sources that support it.
 *
 * @example
 * // { text: { en: "A whole virtual machine", ko: "가상 머신 한 대 전체" }, sources: ["k8s-overview"] }
 */
export interface CatalogFact {
	text: Localized;
	sources: string[];
}

/** Kinds of boxes in a stack diagram; each has its own colour in `styles.css`. */
export type StackLayerKind =
	| "hardware"
	| "host-os"
	| "hypervisor"
	| "guest-os"
	| "container-engine"
	| "container"
	| "app"
	| "node"
	| "control-plane";

/**
 * One row of a stack diagram, drawn top to bottom: `count` equal boxes of one kind.
 *
 * @example
 * // { kind: "guest-os", count: 2 }  // two guest OS boxes side by side
 */
export interface StackRow {
	kind: StackLayerKind;
	count?: number;
	/** Overrides the default label of the kind. */
	label?: Localized;
}

/**
 * One deployment model.
 *
 * @example
 * // { id: "virtualized", name: { en: "Virtualized deployment", ko: "가상화 배포" },
 * //   keywords: ["virtualized", "virtualization", "가상화"], stack: [...], facts: { isolation: {...} } }
 */
export interface CatalogModel {
	id: string;
	name: Localized;
	/**
	 * Lower-case words that name this model in a heading (English and Korean).
	 * A heading names the model when one of them occurs in it; see `match-heading.ts`.
	 */
	keywords: string[];
	/** Stack diagram rows, top to bottom. */
	stack: StackRow[];
	/** Facts by dimension id. A missing dimension shows as "no reference fact". */
	facts: Record<string, CatalogFact>;
}

/**
 * The whole catalog. Models are listed in evolution order; that is the column order.
 *
 * @example
 * // { version: 1, sources: [...], dimensions: [...], models: [...], layerLabels: { hardware: { en: "Hardware", ko: "하드웨어" }, ... } }
 */
export interface Catalog {
	version: 1;
	sources: CatalogSource[];
	dimensions: CatalogDimension[];
	models: CatalogModel[];
	layerLabels: Record<StackLayerKind, Localized>;
}
