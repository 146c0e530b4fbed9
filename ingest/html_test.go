package ingest

import (
	"strings"
	"testing"
)

func TestHTMLText(t *testing.T) {
	groups := []struct {
		name  string
		cases []struct{ in, want string }
	}{
		{"white space and breaks", []struct{ in, want string }{
			{"<p>The  pier\n\tclosed.</p><p>It reopens in May.</p>", "The pier closed.\n\nIt reopens in May."},
			{"<div><div><p>Deep</p></div></div>text after", "Deep\n\ntext after"},
			{"one<br>two<br/>three", "one\ntwo\nthree"},
			{"<ul><li>first</li><li>second</ul>", "first\n\nsecond"},
			{"<table><tr><td>Tolls</td><td>rise</td></tr><tr><td>next</td><td>week</td></tr></table>", "Tolls rise\n\nnext week"},
			{"<p>A <b>bold</b> <i>claim</i>, <a href=x>said</a> Ms Orrin.</p>", "A bold claim, said Ms Orrin."},
			{"<pre>  keep\n    this</pre><p>then  this</p>", "keep\n    this\n\nthen this"},
			{"Fish &amp; chips &lt;3&nbsp;times&#x21;", "Fish & chips <3 times!"},
			{"   \n ", ""},
		}},
		{"text that is not the article", []struct{ in, want string }{
			{"<script>var a = '<p>no</p>';</script><p>yes</p>", "yes"},
			{"<style>p{}</style><noscript>Enable scripts</noscript><p>yes</p>", "yes"},
			{"<header>Site</header><nav>Home Sport</nav><p>yes</p><aside>Related</aside><footer>(c)</footer>", "yes"},
			{"<figure><img src=a.jpg><figcaption>Photo: Lyle Sand</figcaption></figure><p>yes</p>", "yes"},
			{"<form><label>Name</label><button>Send</button></form><p>yes</p>", "yes"},
			{"<div hidden>Ad</div><div aria-hidden=\"true\">Icon</div><div style=\"DISPLAY: none\">Promo</div><p>yes</p>", "yes"},
			{"<nav><ul><li>Home<li>Sport</ul></nav><p>yes</p>", "yes"},
			{"<div><aside><p>Related</div><p>yes</p>", "yes"}, // the end of the div ends the aside inside it
			{"<svg><text>chart</text></svg><p>yes</p>", "yes"},
		}},
		{"paragraphs made of links", []struct{ in, want string }{
			{"<ul><li><a href=/>Home</a></li><li><a href=/s>Sport</a> | <a href=/w>Weather</a></li></ul><p>The story.</p>", "The story."},
			{"<p>The story.</p><div><a href=/1>Ferry fares rise</a><br><a href=/2>Quay reopens</a></div>", "The story."},
			{"<p>Read more: <a href=/b>Council budget approved</a></p>", "Read more: Council budget approved"},
			{"<p>Mayor <a href=/l>Ana Lutz</a> said <a href=/p>the plan</a> works.</p>", "Mayor Ana Lutz said the plan works."},
			{"<h1><a href=/x>Pier closes</a></h1><p>The story.</p>", "Pier closes\n\nThe story."},
			{"<article><p>The story.</p><p><a href=/t>Tags</a></p></article><p>x</p>", "The story."},
		}},
		{"the article region", []struct{ in, want string }{
			{"<p>Teaser</p><article><p>The story.</p></article><p>Comments</p>", "The story."},
			{"<article><p>Short card</p></article><article><p>The longest story of the page.</p></article>", "The longest story of the page."},
			{"<p>Menu</p><main><p>Main text.</p></main><p>Footer</p>", "Main text."},
			{"<main><p>Intro</p><article><p>The story.</p></article></main>", "The story."},
			{"<article><header>Byline</header></article><p>Body text outside.</p>", "Body text outside."},
			{"<article><p>Outer <article>inner</article> tail</p></article>", "Outer\n\ninner\n\ntail"},
			{"<p>Menu</p><article><p>Never closed", "Never closed"},
			{"<aside><article>Related story</article></aside><p>The story.</p>", "The story."},
		}},
		{"broken markup", []struct{ in, want string }{
			{"</p></div>stray end tags</article>", "stray end tags"},
			{"<p>unclosed <b>bold <i>italic", "unclosed bold italic"},
			{"<p>a < b and c > d</p>", "a < b and c > d"},
			{"<!-- a comment --><!DOCTYPE html><p>yes</p>", "yes"},
			{"<my-widget><p>custom</p></my-widget>", "custom"},
		}},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			for _, c := range g.cases {
				got, _, err := htmlText(strings.NewReader(c.in))
				if err != nil || got != c.want {
					t.Errorf("htmlText(%q) = %q, %v; want %q", c.in, got, err, c.want)
				}
			}
		})
	}
}

func TestHTMLMetadata(t *testing.T) {
	cases := []struct {
		name, in string
		want     map[field]string
		dateLine int
	}{
		{
			"Open Graph beats <title>",
			"<title>Pier | Gazette</title>\n<meta property=\"og:title\" content=\"Pier closes\">\n<meta property=\"og:site_name\" content=\"Gazette\">\n<meta property=\"og:url\" content=\"https://example.org/pier\">",
			map[field]string{fieldTitle: "Pier closes", fieldSource: "Gazette", fieldURL: "https://example.org/pier"}, 0,
		},
		{
			"<title> alone, white space collapsed",
			"<title>\n  Pier\n  closes </title><p>x</p>",
			map[field]string{fieldTitle: "Pier closes"}, 0,
		},
		{
			"published time meta, at its line",
			"<html>\n<head>\n<meta name=\"date\" content=\"2001-01-01\">\n<meta property=\"article:published_time\" content=\"2018-07-09T06:00:00+10:00\">\n</head>",
			map[field]string{fieldDate: "2018-07-09T06:00:00+10:00"}, 4,
		},
		{
			"JSON-LD, nested in a graph",
			`<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Pier closes", "datePublished": "2018-07-09"}]}</script>`,
			map[field]string{fieldTitle: "Pier closes", fieldDate: "2018-07-09"}, 1,
		},
		{
			"broken JSON-LD is passed over",
			`<script type="application/ld+json">{"headline": </script><title>Pier</title>`,
			map[field]string{fieldTitle: "Pier"}, 0,
		},
		{
			"<time> in the article beats one in a related list",
			"<ul><li><time datetime=\"2017-01-01\">old</time></li></ul>\n<article><p>Story <time datetime=\"2018-07-09\">Monday</time></p></article>",
			map[field]string{fieldDate: "2018-07-09"}, 2,
		},
		{
			"an itemprop on <time>",
			`<p>Posted <time itemprop="datePublished" datetime="2018-07-09">Monday</time>, updated <time datetime="2018-07-10">Tuesday</time></p>`,
			map[field]string{fieldDate: "2018-07-09"}, 1,
		},
		{
			"canonical link",
			`<link rel="alternate canonical" href=" https://example.org/pier "><p>x</p>`,
			map[field]string{fieldURL: "https://example.org/pier"}, 0,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, m, err := htmlText(strings.NewReader(c.in))
			if err != nil {
				t.Fatal(err)
			}
			for f := range fieldText {
				if m.value[f] != c.want[f] {
					t.Errorf("field %d = %q, want %q", f, m.value[f], c.want[f])
				}
			}
			if m.line[fieldDate] != c.dateLine {
				t.Errorf("date line = %d, want %d", m.line[fieldDate], c.dateLine)
			}
		})
	}
}

// TestHTMLDeepNesting checks that a page nested far deeper than any stack
// would allow is read, and its text kept.
func TestHTMLDeepNesting(t *testing.T) {
	const depth = 200_000
	page := strings.Repeat("<div><span>", depth) + "deep text" + strings.Repeat("</span></div>", depth) + "<p>after</p>" +
		strings.Repeat("<b>", depth) + "unclosed"
	got, _, err := htmlText(strings.NewReader(page))
	if want := "deep text\n\nafter\n\nunclosed"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}
