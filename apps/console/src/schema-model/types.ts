/*
 * The resource model: what the console knows about the API, derived from the GraphQL schema at
 * build time (see analyze.ts) and emitted as plain data, so the browser never parses the schema.
 * Everything here is JSON-serialisable.
 */

/** A label in both languages; `zh` is the default, `en` the English switch. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** A GraphQL type reference, flattened: `[Union!]!` is `{ name: 'Union', list: true, … }`. */
export interface TypeRef {
  readonly name: string;
  readonly kind: 'SCALAR' | 'ENUM' | 'OBJECT' | 'INPUT_OBJECT' | 'UNION' | 'INTERFACE';
  readonly list: boolean;
  readonly nonNull: boolean;
  /** For lists: whether the items are non-null. */
  readonly itemNonNull: boolean;
}

/**
 * How a value is shown and typed in; the guessers pick a component from it. `reference` is an
 * object of another resource (e.g. a user's union); `embedded` an object that is not a resource
 * (a determination, a household member).
 */
export type FieldKind =
  | 'id'
  | 'string'
  | 'int'
  | 'float'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'json'
  | 'enum'
  | 'enumList'
  | 'stringList'
  | 'reference'
  | 'referenceList'
  | 'embedded'
  | 'embeddedList'
  | 'connection';

export interface FieldModel {
  readonly name: string;
  readonly label: Label;
  readonly kind: FieldKind;
  readonly type: TypeRef;
  /** For `reference`, `referenceList` and `connection`: the resource it points to. */
  readonly reference?: string;
}

export interface InputFieldModel extends FieldModel {
  /** What the schema's description says beyond the label, shown as helper text under the input. */
  readonly help?: Label;
  /** Required by the schema (non-null without a default). */
  readonly required: boolean;
}

export interface InputModel {
  readonly name: string;
  readonly label: Label;
  readonly fields: readonly InputFieldModel[];
  /** True when every field is optional: the update is a patch, so only changed fields are sent. */
  readonly patch: boolean;
}

export interface ObjectModel {
  readonly name: string;
  readonly label: Label;
  readonly fields: readonly FieldModel[];
}

export interface EnumModel {
  readonly name: string;
  readonly label: Label;
  readonly values: readonly { readonly value: string; readonly label: Label }[];
}

/** One argument of a root field, with its GraphQL type as written in a variable declaration. */
export interface ArgumentModel {
  readonly name: string;
  /** e.g. `ID!`, `[Role!]`, `ArchiveFilter`. */
  readonly graphqlType: string;
  readonly type: TypeRef;
}

/** A filter react-admin can set: a connection argument, or a field of its `filter` input object. */
export interface FilterModel extends InputFieldModel {
  /** Where the value goes in the arguments: `['search']` or `['filter', 'status']`. */
  readonly path: readonly string[];
}

/** Sorting a connection by an `orderBy` enum such as `NAME_ASC` / `UPDATED_AT_DESC`. */
export interface SortModel {
  readonly argument: string;
  readonly graphqlType: string;
  /** react-admin's `{ field, order }` → the enum value to send. */
  readonly options: readonly {
    readonly field: string;
    readonly order: 'ASC' | 'DESC';
    readonly value: string;
  }[];
}

/** A root mutation on one record, with what it takes and what it answers. */
export interface MutationModel {
  readonly field: string;
  readonly arguments: readonly ArgumentModel[];
  /** The argument holding the record's id (`id`, `archiveId`), if any. */
  readonly idArgument?: string;
  /** The argument carrying the optimistic-lock version read with the record. */
  readonly versionArgument?: string;
  /** The input-object argument (`input`) and its type. */
  readonly inputArgument?: string;
  readonly inputType?: string;
  /** What a person fills in: every argument but the id and the version, as form inputs. */
  readonly inputs: readonly InputFieldModel[];
  /** What comes back: the record itself, a union with ValidationError, or a scalar. */
  readonly result: {
    readonly typeName: string;
    readonly kind: 'record' | 'union' | 'scalar' | 'object';
    /** For unions: whether ValidationError is one of the members. */
    readonly validationError: boolean;
  };
  readonly label: Label;
}

export interface ResourceModel {
  /** react-admin's resource name: the root connection field (`unions`, `archives`). */
  readonly name: string;
  /** The node type (`Union`). */
  readonly typeName: string;
  readonly label: Label;
  readonly fields: readonly FieldModel[];
  /** The field that names a record to people (`name`, `username`, `number`…). */
  readonly representation: string;
  readonly list: {
    /**
     * `connection`: a Relay connection, paged by the API. `plain`: a root field answering a whole
     * list (`dictionaries`, `minimumLivingLines`), paged and sorted in the browser; its records
     * have no id of their own, so they get one made of their values.
     */
    readonly kind: 'connection' | 'plain';
    readonly field: string;
    readonly arguments: readonly ArgumentModel[];
    readonly filters: readonly FilterModel[];
    readonly sort?: SortModel;
    readonly totalCount: boolean;
  };
  /** `union(id: ID!)`. */
  readonly one?: { readonly field: string; readonly idArgument: string };
  readonly create?: MutationModel;
  readonly update?: MutationModel;
  readonly delete?: MutationModel;
  /**
   * Other mutations on one record of this resource (workflow transitions, reveals…): they take
   * the record's id and answer the record or a ValidationError.
   */
  readonly actions: readonly MutationModel[];
}

export interface SchemaModel {
  readonly resources: Readonly<Record<string, ResourceModel>>;
  readonly objects: Readonly<Record<string, ObjectModel>>;
  readonly inputs: Readonly<Record<string, InputModel>>;
  readonly enums: Readonly<Record<string, EnumModel>>;
  /** The type that reports field errors (`ValidationError { message fieldErrors { path code message } }`). */
  readonly validationError?: { readonly typeName: string; readonly selection: string };
}
