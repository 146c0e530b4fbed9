package gen

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// country is a real country with the title of its leader and some natural
// features inside it.
type country struct {
	name        string
	article     bool
	leaderTitle string
	features    []place
}

// place is a named place; article means running text writes "the" before it.
type place struct {
	name    string
	article bool
	country int // index into lexicon.countries (cities only)
}

// orgPattern is one way to name an organisation of some kind.
type orgPattern struct {
	article bool
	short   string // "acronym", "head" or "-"
	pattern string
}

// lexicon is every embedded data file, parsed.
type lexicon struct {
	first, surnames          []string
	onsets, middles, endings []string
	outlets                  []string
	countries                []country
	cities                   []place
	orgs                     map[string][]orgPattern
	words                    map[string][]string
	kinds                    []*storyKind
	common                   *storyKind
}

// loadLexicon parses the embedded data once.
var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	lx := &lexicon{orgs: map[string][]orgPattern{}, words: map[string][]string{}}
	var err error
	if lx.first, err = readList("firstnames.txt"); err != nil {
		return nil, err
	}
	if lx.surnames, err = readList("surnames.txt"); err != nil {
		return nil, err
	}
	if lx.outlets, err = readList("outlets.txt"); err != nil {
		return nil, err
	}
	if err := lx.readSyllables(); err != nil {
		return nil, err
	}
	if err := lx.readPlaces(); err != nil {
		return nil, err
	}
	if err := lx.readOrgs(); err != nil {
		return nil, err
	}
	if lx.kinds, lx.common, err = readStories(lx); err != nil {
		return nil, err
	}
	return lx, nil
})

// dataLines returns the non-blank, non-comment lines of an embedded file.
func dataLines(name string) ([]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
	}
	return lines, sc.Err()
}

func readList(name string) ([]string, error) {
	lines, err := dataLines(name)
	if err == nil && len(lines) == 0 {
		err = fmt.Errorf("gen: data/%s is empty", name)
	}
	return lines, err
}

// fields splits a "|"-separated data line and checks its field count.
func fields(file, line string, n int) ([]string, error) {
	f := strings.Split(line, "|")
	if len(f) != n {
		return nil, fmt.Errorf("gen: data/%s: want %d fields in %q", file, n, line)
	}
	return f, nil
}

func (lx *lexicon) readSyllables() error {
	lines, err := dataLines("syllables.txt")
	if err != nil {
		return err
	}
	for _, line := range lines {
		head, rest, _ := strings.Cut(line, "|")
		list := strings.Split(rest, "|")
		switch head {
		case "onset":
			lx.onsets = list
		case "middle":
			lx.middles = list
		case "ending":
			lx.endings = list
		default:
			return fmt.Errorf("gen: data/syllables.txt: unknown row %q", head)
		}
	}
	if len(lx.onsets) == 0 || len(lx.middles) == 0 || len(lx.endings) == 0 {
		return fmt.Errorf("gen: data/syllables.txt: onset, middle and ending rows are required")
	}
	return nil
}

// parsePlace reads "the X" as X with an article.
func parsePlace(s string) place {
	if name, ok := strings.CutPrefix(s, "the "); ok {
		return place{name: name, article: true}
	}
	return place{name: s}
}

func (lx *lexicon) readPlaces() error {
	lines, err := dataLines("places.txt")
	if err != nil {
		return err
	}
	index := map[string]int{}
	for _, line := range lines {
		switch {
		case strings.HasPrefix(line, "country|"):
			f, err := fields("places.txt", line, 5)
			if err != nil {
				return err
			}
			c := country{name: f[1], article: f[2] == "the", leaderTitle: f[3]}
			for _, ft := range strings.Split(f[4], ";") {
				c.features = append(c.features, parsePlace(ft))
			}
			index[c.name] = len(lx.countries)
			lx.countries = append(lx.countries, c)
		case strings.HasPrefix(line, "city|"):
			f, err := fields("places.txt", line, 3)
			if err != nil {
				return err
			}
			ci, ok := index[f[2]]
			if !ok {
				return fmt.Errorf("gen: data/places.txt: city %q names unknown country %q", f[1], f[2])
			}
			lx.cities = append(lx.cities, place{name: f[1], country: ci})
		default:
			return fmt.Errorf("gen: data/places.txt: unknown row %q", line)
		}
	}
	if len(lx.cities) == 0 {
		return fmt.Errorf("gen: data/places.txt has no cities")
	}
	return nil
}

func (lx *lexicon) readOrgs() error {
	lines, err := dataLines("orgs.txt")
	if err != nil {
		return err
	}
	for _, line := range lines {
		if strings.HasPrefix(line, "words|") {
			f, err := fields("orgs.txt", line, 3)
			if err != nil {
				return err
			}
			lx.words[f[1]] = strings.Split(f[2], ";")
			continue
		}
		f, err := fields("orgs.txt", line, 4)
		if err != nil {
			return err
		}
		switch f[2] {
		case "acronym", "head", "-":
		default:
			return fmt.Errorf("gen: data/orgs.txt: unknown short form %q", f[2])
		}
		lx.orgs[f[0]] = append(lx.orgs[f[0]], orgPattern{article: f[1] == "the", short: f[2], pattern: f[3]})
	}
	return nil
}
