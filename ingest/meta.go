package ingest

// field is a document property that an input's metadata can set.
type field int

const (
	fieldID field = iota
	fieldTitle
	fieldSource
	fieldURL
	fieldDate
	fieldText
	numFields
)

// fieldRank names the field a metadata key sets and how much it is
// trusted: a lower rank wins over a higher one, whatever their order in
// the input.
type fieldRank struct {
	field field
	rank  int
}

// keyTable maps a lower-case metadata key to the field it sets.
type keyTable map[string]fieldRank

// newKeyTable builds a keyTable from lists of keys per field, best first.
func newKeyTable(keys [numFields][]string) keyTable {
	t := keyTable{}
	for f, list := range keys {
		for rank, k := range list {
			t[k] = fieldRank{field(f), rank}
		}
	}
	return t
}

// articleKeys are the keys read from front matter and JSON Lines: the
// names of FORMAT.md and the ones news crawlers commonly use instead.
var articleKeys = newKeyTable([numFields][]string{
	fieldID:     {"id"},
	fieldTitle:  {"title", "headline"},
	fieldSource: {"source", "publisher"},
	fieldURL:    {"url", "link"},
	fieldDate:   {"date", "published", "publish_date", "pubdate", "date_published", "datepublished", "published_at"},
	fieldText:   {"text", "body", "content", "article"},
})

// meta holds the metadata of one document as it was found in the input.
type meta struct {
	value [numFields]string
	rank  [numFields]int // rank+1 of the key that set value; 0 when unset
	line  [numFields]int // input line the value came from; 0 when unknown
	// repaired says how bytes that were not UTF-8 were repaired while the
	// input was decoded (see repairUTF8); "" when there were none.
	repaired string
}

// set records value for fr.field unless a better-ranked key set it
// already. Empty values are ignored.
func (m *meta) set(fr fieldRank, value string, line int) {
	if value == "" || (m.rank[fr.field] != 0 && m.rank[fr.field] <= fr.rank+1) {
		return
	}
	m.value[fr.field] = value
	m.rank[fr.field] = fr.rank + 1
	m.line[fr.field] = line
}

// has reports whether any key set f.
func (m *meta) has(f field) bool { return m.rank[f] != 0 }
