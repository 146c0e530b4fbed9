package event

// Closed-class word lists used by the clause, role and modality rules.
// They are grammar words of English, not names, so they live in code.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	determiners = set("the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
		"our", "my", "your", "no", "any", "each", "every", "some", "another", "'s", "’s")
	// quantifiers open a noun phrase as determiners do: "other phones".
	quantifiers        = set("all", "other", "many", "more", "most", "several", "few", "both", "such", "various")
	possessivePronouns = set("his", "her", "its", "their")
	prepositions       = set("of", "for", "from", "in", "at", "on", "with", "by", "to", "into",
		"against", "about", "under", "over", "between", "among", "near", "toward", "towards",
		"than", "as", "like", "including", "via", "per", "during", "across", "through", "onto", "upon", "within")
	auxiliaries = set("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
		"having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
		"might", "must", "'s", "’s", "'ll", "’ll", "'d", "to", "not", "n't", "never", "also",
		"then", "had", "get", "got", "gets")
	beForms   = set("is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets", "getting")
	subjects  = set("he", "she", "it", "they", "we", "i", "you", "who", "which", "that")
	relatives = set("who", "which", "whom", "whose", "where")
	// subordinators open an adverbial clause that ends at the next comma.
	subordinators = set("after", "before", "when", "while", "because", "although", "though",
		"until", "whether", "if", "once", "unless", "whereas")
	// boundWords before a time expression make it a bound, not the date.
	boundWords = set("before", "until", "till", "by", "since", "after", "from", "through", "ahead", "within")
	// perfectAux before a past participle make it a perfect, which is not
	// narrative time.
	perfectAux = set("has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d")
	// timeSubordinators open a clause that gives an event a time of its
	// own; closeAdverbs before one ("shortly after") keep it near the
	// story's time.
	timeSubordinators = set("while", "when", "whenever", "before", "after", "until", "since", "once")
	closeAdverbs      = set("shortly", "soon", "immediately", "just", "right", "moments", "minutes", "hours")
	shiftWords        = set("later", "earlier", "after", "before", "ago", "on")
	// speechNow are time expressions that, quoted, name the day of speaking.
	speechNow         = set("today", "tonight", "this morning", "this afternoon", "this evening")
	contentPreps      = set("on", "into", "of", "for", "over")
	needVerbs         = set("requires", "required", "needs", "needed", "awaits", "awaited", "faces", "faced")
	sequenceAdverbs   = set("immediately", "promptly", "swiftly", "instantly")
	participleAdverbs = set("first", "already", "also", "once", "since", "then")
	negators          = set("not", "n't", "never", "no")
	modalsPlan        = set("will", "'ll", "’ll", "shall", "would")
	modalsPoss        = set("may", "might", "could", "must", "should", "can", "cannot", "can't")
	// planVerbs before "to" mark the following verb as planned.
	planVerbs = set("plan", "plans", "planned", "planning", "expected", "due", "set", "going",
		"hope", "hopes", "hoped", "aim", "aims", "intend", "intends", "intended", "scheduled",
		"pledged", "promised", "vowed", "agreed", "is", "are", "was", "were", "seeks", "sought", "wants", "wanted")
	// possVerbs before "-ing"/"to" mark the following verb as possible.
	possVerbs   = set("considering", "weighing", "mulling", "exploring", "may", "might", "could")
	denyVerbs   = set("denied", "denies", "deny", "denying")
	planAdjs    = set("planned", "proposed", "expected", "upcoming", "scheduled", "forthcoming", "pending", "future", "next")
	possAdjs    = set("possible", "potential", "rumoured", "rumored", "alleged")
	quoteMarks  = set("\"", "“", "”")
	mediumNouns = set("statement", "telegram", "letter", "interview", "briefing", "speech",
		"message", "post", "tweet", "video", "broadcast", "address", "memo", "release")
)
