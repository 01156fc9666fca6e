import type { ColumnType, Generated } from 'kysely';
import type { Stage } from '../../shared/workflow/stages.ts';
import type { VersionKind } from '../../shared/workflow/transitions.ts';
import type { OpenSuggestionKind } from '../../shared/suggestions/listSuggestions.ts';

/** A nullable column a new row may leave out. */
type Optional<Value> = ColumnType<Value | null, Value | null | undefined, Value | null>;

/** The tables, as Kysely sees them. Times are ISO strings; binary columns are Uint8Array. */
export interface Database {
  schools: {
    id: string;
    name: string;
    /** IANA time zone (Asia/Shanghai by default): dates and times are shown, printed and due in it. */
    time_zone: Generated<string>;
  };
  users: {
    id: string;
    username: string;
    name: string;
    password_hash: string;
    created_at: string;
    /** The school the user belongs to (null only for rows made outside the app). */
    school_id: Optional<string>;
    /** 1 while the teacher works here; 0 once deactivated (sessions ended, login refused). */
    active: ColumnType<number, number | undefined, number>;
    /** 1 when the password was set by the administration and must be changed at the next login. */
    must_change_password: ColumnType<number, number | undefined, number>;
    phone: Optional<string>;
    /** JSON arrays from the roster: subjects (学科), grades (年级) and class names (任教班级). */
    subjects: ColumnType<string, string | undefined, string>;
    grades: ColumnType<string, string | undefined, string>;
    class_names: ColumnType<string, string | undefined, string>;
  };
  /** School-level roles beside the group roles: `admin` (教务处). */
  user_roles: { user_id: string; role: 'admin' };
  /** A school term (学期), its first and last day (YYYY-MM-DD). */
  terms: { id: string; school_id: string; name: string; start_date: string; end_date: string; created_at: string };
  /** What the school administration did, who did it and when. */
  audit_log: {
    id: string;
    school_id: string;
    actor_id: string | null;
    action: string;
    target_id: string | null;
    summary: string;
    created_at: string;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    created_at: string;
    expires_at: string;
    /** When the session was last used, written at most about once a minute. */
    last_used_at: string;
    /** The session ends here unless it is used again first (last use + SESSION_IDLE_HOURS). */
    idle_expires_at: string;
    /** SESSION_IDLE_HOURS when the session was created, in seconds. */
    idle_seconds: number;
  };
  groups: { id: string; school_id: string; name: string; subject: string; grade: number };
  group_members: { group_id: string; user_id: string; role: 'leader' | 'member' };
  classes: { id: string; group_id: string; name: string; grade: Optional<number> };
  teaching_assignments: { class_id: string; user_id: string };
  guides: {
    id: string;
    group_id: string;
    title: string;
    template_id: string;
    lesson_type: string;
    period: string | null;
    unit: string | null;
    period_minutes: number;
    stage: Stage;
    lead_drafter_id: string;
    reviewer_id: string | null;
    reviewed_at: string | null;
    due_date: string | null;
    /** The school's term (学期) the guide belongs to; null where the school has no terms. */
    term_id: ColumnType<string | null, string | null | undefined, string | null>;
    created_by: string;
    created_at: string;
    updated_at: string;
    /** The guide and version this one was started from (从已有导学案新建), if any. */
    origin_guide_id: Optional<string>;
    origin_version: Optional<number>;
    /** The printed header's other fields (主备人, 审核人, 学科 …) as JSON (shared/schemas/guideHeader.ts); null when none is set. */
    header_fields: Optional<string>;
  };
  /** A school's 体检 settings: JSON over the defaults of shared/check/settings.ts. */
  check_settings: { school_id: string; settings: string; updated_by: string; updated_at: string };
  guide_versions: {
    guide_id: string;
    number: number;
    label: string;
    /** draft (初稿) | discussion (研讨稿) | final (定稿 vN) */
    kind: VersionKind;
    state: Uint8Array;
    json: string;
    author_id: string;
    created_at: string;
    /** 定稿 despite error findings of the 体检: the leader's reason (null otherwise). */
    check_override: Optional<string>;
    /** 定稿说明: what changed in this final and why, as the leader wrote it (null otherwise). */
    note: Optional<string>;
  };
  class_copies: {
    id: string;
    guide_id: string;
    class_id: string;
    owner_id: string;
    base_version: number;
    base_state_vector: Uint8Array;
    created_at: string;
    updated_at: string;
    /** 已上课: the date the class was taught (YYYY-MM-DD), and when the teacher said so. */
    taught_on: Optional<string>;
    taught_at: Optional<string>;
    /** The 教后反思 block inserted when the class was taught. */
    reflection_block_id: Optional<string>;
    /** When a later final was last merged in. */
    pulled_at: Optional<string>;
  };
  /** A block or paragraph of a class copy the leader took into the guide (二次开发). */
  harvests: {
    id: string;
    guide_id: string;
    copy_id: string;
    block_id: string;
    block_title: string;
    paragraph_index: number | null;
    author_id: string;
    class_id: string;
    harvested_by: string;
    created_at: string;
  };
  /** A comment or a reply on a guide, anchored by Yjs relative positions (base64). */
  comments: {
    id: string;
    guide_id: string;
    parent_id: string | null;
    anchor_from: string | null;
    anchor_to: string | null;
    quote: string | null;
    block_id: string | null;
    body: string;
    author_id: string;
    created_at: string;
    resolved_at: Optional<string>;
    resolved_by: Optional<string>;
  };
  /** A suggestion the leader accepted or rejected, kept for the meeting record. */
  suggestion_decisions: {
    guide_id: string;
    suggestion_id: string;
    kind: OpenSuggestionKind;
    author_id: string;
    text: string;
    block_id: string | null;
    block_title: string | null;
    suggested_at: string | null;
    decision: 'accepted' | 'rejected';
    decided_by: string;
    decided_at: string;
  };
  /** A review meeting (集体审稿) on a guide, and the editable fields of its record. */
  meetings: {
    id: string;
    guide_id: string;
    host_id: string;
    started_at: string;
    ended_at: Optional<string>;
    location: Optional<string>;
    recorder_id: Optional<string>;
    topic: Optional<string>;
    division: Optional<string>;
    outcome: Optional<string>;
    absence_notes: Optional<string>;
  };
  /** One stretch of one teacher's presence in a meeting (from their live connection). */
  meeting_attendance: {
    id: string;
    meeting_id: string;
    user_id: string;
    joined_at: string;
    left_at: Optional<string>;
  };
  /** A picture uploaded into a guide, stored once per school by the SHA-256 of its bytes. */
  files: {
    sha256: string;
    school_id: string;
    type: string;
    size: number;
    bytes: Uint8Array;
    created_by: string;
    created_at: string;
  };
  /** The text of each guide, version and class copy, for search (server/search). */
  search_entries: {
    key: string;
    kind: 'guide' | 'version' | 'copy';
    guide_id: string;
    copy_id: string | null;
    version_number: number | null;
    group_id: string;
    scope: string;
    title: string;
    body: string;
    updated_at: string;
  };
  /** A teacher's inbox. */
  notifications: {
    id: string;
    user_id: string;
    kind: string;
    guide_id: string | null;
    link: string | null;
    text: string;
    params: string;
    actor_id: string | null;
    created_at: string;
    read_at: Optional<string>;
    dedupe_key: Optional<string>;
  };
  /** A block copied from a saved version of another guide (从其他导学案复制), on the source's side. */
  block_reuses: {
    id: string;
    source_guide_id: string;
    source_version: number;
    source_block_id: string;
    block_kind: string;
    block_title: string;
    target_guide_id: string;
    target_copy_id: Optional<string>;
    new_block_id: string;
    reused_by: string;
    created_at: string;
  };
  /** The kinds of notification a teacher turned off (JSON array). */
  notification_settings: { user_id: string; muted_kinds: string; updated_at: string };
  /** Which teacher each Yjs client (clientID) of a document was: who inserted what. */
  doc_clients: { doc_name: string; client_id: ColumnType<number | string, number, number>; user_id: string; created_at: string };
  /** The delete set of each update that removed something, and whose connection sent it. */
  doc_deletions: { id: Generated<number>; doc_name: string; user_id: string; delete_set: Uint8Array; created_at: string };
  /** The compacted state of each living Y.Doc. */
  documents: {
    name: string;
    state: Uint8Array;
    updated_at: string;
  };
  /** Every update to a Y.Doc, appended before the server acknowledges it. */
  doc_updates: {
    id: Generated<number>;
    doc_name: string;
    bytes: Uint8Array;
    created_at: string;
  };
}
