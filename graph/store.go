package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/ristretto/v2/z"
)

// SchemaVersion is the layout of the store this kg reads and writes. A
// store written with another version is refused with advice.
const SchemaVersion = 3

// Sentinel errors; the CLI turns them into one plain line.
var (
	// ErrLocked means another kg process holds the store.
	ErrLocked = errors.New("is in use by another kg process")
	// ErrNoStore means a query found no store at the path.
	ErrNoStore = errors.New("no graph store here yet: run `kg build` first")
	// ErrNotFound means a looked-up node does not exist.
	ErrNotFound = errors.New("not found")
)

// StoreError wraps a store failure with the store's path.
type StoreError struct {
	Dir string
	Err error
}

func (e *StoreError) Error() string { return filepath.Base(e.Dir) + " " + e.Err.Error() }
func (e *StoreError) Unwrap() error { return e.Err }

// Options configures Open.
type Options struct {
	// ReadOnly opens an existing store for queries only.
	ReadOnly bool
}

// Store is the Badger-backed knowledge graph.
type Store struct {
	db  *badger.DB
	dir string
	// Policy turns articles' events into graph events; nil means
	// DefaultPolicy.
	Policy EventPolicy
}

// Open opens (or, unless read-only, creates) the store in dir.
func Open(dir string, o Options) (*Store, error) {
	if o.ReadOnly {
		if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
			return nil, &StoreError{Dir: dir, Err: ErrNoStore}
		}
	}
	// A query reads a few blocks once; a build rereads entity and event
	// records across articles. Tables are not encrypted, so Badger keeps
	// their indexes mapped and needs no index cache.
	blockCache := int64(32 << 20)
	if o.ReadOnly {
		blockCache = 2 << 20
	}
	opts := badger.DefaultOptions(dir).
		WithLogger(nil).
		WithReadOnly(o.ReadOnly).
		// Small memtables and tables keep a build's memory low: Badger
		// compacts with up to ten table builders at once, each holding
		// about twice a table. With 8 and 4 MB a 100k-article build peaks
		// at about 0.8 GB resident instead of 1.2 GB, for some 15% more
		// CPU in compaction.
		WithMemTableSize(8 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(8).
		WithBlockCacheSize(blockCache).
		WithValueLogFileSize(64 << 20).
		// Records stay in the LSM tree, where compaction drops their old
		// versions; in the value log every rewrite of a busy entity or
		// event would stay until a GC.
		WithValueThreshold(64 << 10).
		WithBaseTableSize(4 << 20).
		WithNumCompactors(2).
		WithNumVersionsToKeep(1).
		WithDetectConflicts(false)
	db, err := openBadger(opts)
	if err != nil {
		if isLocked(err) {
			return nil, &StoreError{Dir: dir, Err: ErrLocked}
		}
		return nil, &StoreError{Dir: dir, Err: fmt.Errorf("cannot be opened: %v", err)}
	}
	s := &Store{db: db, dir: dir}
	if err := s.checkSchema(o.ReadOnly); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// openBadger opens Badger and recovers what a killed writer leaves behind:
// a log that needs trimming, which only a writable open does, and a
// zero-byte memtable or value-log file, created but not yet sized when the
// process died. Badger refuses the latter (dgraph-io/badger#2207): a
// writable open sizes the file and fails, and the next open accepts it.
// Recovery needs the writer's lock, so it never runs beside a live writer.
func openBadger(opts badger.Options) (*badger.DB, error) {
	db, err := badger.Open(opts)
	if err == nil || isLocked(err) {
		return db, err
	}
	if opts.ReadOnly {
		rw, rwErr := openBadger(opts.WithReadOnly(false))
		if rwErr != nil {
			return nil, err
		}
		if err := rw.Close(); err != nil {
			return nil, err
		}
		return badger.Open(opts)
	}
	// Each retry sizes at most one more empty file.
	for i := 0; i < 4 && err != nil && strings.Contains(err.Error(), z.NewFile.Error()); i++ {
		db, err = badger.Open(opts)
	}
	return db, err
}

// isLocked reports whether Badger refused to open because another process
// holds the store.
func isLocked(err error) bool {
	return strings.Contains(err.Error(), "Cannot acquire directory lock") || strings.Contains(err.Error(), "resource temporarily unavailable")
}

// Tidy reclaims value-log space that rewritten records left behind; a
// build calls it at the end.
func (s *Store) Tidy() {
	for i := 0; i < 16 && s.db.RunValueLogGC(0.5) == nil; i++ {
	}
}

// Close flushes and closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Dir returns the store's directory.
func (s *Store) Dir() string { return s.dir }

func (s *Store) checkSchema(readOnly bool) error {
	var have int
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, metaKey("schema"), &have) })
	switch {
	case errors.Is(err, badger.ErrKeyNotFound) && !readOnly:
		return s.db.Update(func(txn *badger.Txn) error { return setJSON(txn, metaKey("schema"), SchemaVersion) })
	case errors.Is(err, badger.ErrKeyNotFound):
		return &StoreError{Dir: s.dir, Err: ErrNoStore}
	case err != nil:
		return &StoreError{Dir: s.dir, Err: err}
	case have != SchemaVersion:
		return &StoreError{Dir: s.dir, Err: fmt.Errorf("was written by a kg with store schema %d; this kg reads schema %d: rebuild it from the articles with `kg build --db NEWDIR`", have, SchemaVersion)}
	}
	return nil
}

// Key prefixes: one byte each, then parts joined by 0x00.
const (
	pMeta     = 'M' // M name → JSON
	pDoc      = 'D' // D docID → docRec
	pEntity   = 'E' // E entID → entityRec
	pAlias    = 'A' // A alias 0 entID → ""
	pEvent    = 'V' // V evtID → eventRec
	pTimeline = 'T' // T entID 0 sortkey 0 evtID → ""
	pByDate   = 'R' // R precision 0 sortkey 0 evtID → ""
	pCooccur  = 'X' // X entA 0 entB → weight (entA < entB)
	pCoRev    = 'Y' // Y entB 0 entA → weight: X read from the other end
	pOverride = 'O' // O kind 0 name → user correction
	pEventKey = 'K' // K evtID → EventKey: what coreference compares, without the sources
	pOverflow = 'U' // U evtID → overflowRec: reports past the listed ones
)

func key(prefix byte, parts ...string) []byte {
	n := 1
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	b = append(b, prefix)
	for i, p := range parts {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, p...)
	}
	return b
}

func metaKey(name string) []byte { return key(pMeta, name) }

// prefixKey is key() plus a trailing separator, for prefix scans.
func prefixKey(prefix byte, parts ...string) []byte { return append(key(prefix, parts...), 0) }

func getJSON(txn *badger.Txn, k []byte, v any) error {
	item, err := txn.Get(k)
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}

func setJSON(txn *badger.Txn, k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(k, b)
}

// scanKeys calls fn with the parts after prefix of every key under it, in
// key order, until fn returns false.
func scanKeys(txn *badger.Txn, prefix []byte, fn func(rest string) bool) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if !fn(string(it.Item().Key()[len(prefix):])) {
			return
		}
	}
}

// scanValues decodes every value under prefix into a new T and calls fn.
func scanValues[T any](txn *badger.Txn, prefix []byte, fn func(v *T) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 64})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		v := new(T)
		if err := it.Item().Value(func(b []byte) error { return json.Unmarshal(b, v) }); err != nil {
			return err
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

// Stats counts what the store holds.
type Stats struct {
	Documents int   `json:"documents"`
	Entities  int   `json:"entities"`
	Events    int   `json:"events"`
	Edges     int   `json:"edges"`
	Bytes     int64 `json:"bytes"`
}

// counters are kept in one meta key, updated in each document's transaction.
type counters struct {
	Documents, Entities, Events, Edges int
}

// Stats returns the store's counts and size on disk.
func (s *Store) Stats() (Stats, error) {
	var c counters
	err := s.db.View(func(txn *badger.Txn) error {
		if err := getJSON(txn, metaKey("counts"), &c); err != nil && !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		return nil
	})
	lsm, vlog := s.db.Size()
	return Stats{Documents: c.Documents, Entities: c.Entities, Events: c.Events, Edges: c.Edges, Bytes: lsm + vlog}, err
}
