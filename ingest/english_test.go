package ingest

import "testing"

func TestLooksEnglish(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"English news", "The ferry company said on Monday that it would add two crossings a day to the island of Skerrow from June, after complaints that the boats were too full in the summer. Its director, who took over last year, told reporters the new timetable had been agreed with the harbour.", true},
		{"English with curly apostrophes", "It’s the first time the council has met in the new hall, and members said they didn’t expect the roof to leak during the very first session of the year, but it did.", true},
		{"French", "Le conseil municipal a voté lundi la construction d'une nouvelle école dans le quartier sud. Selon le maire, les travaux commenceront au printemps et dureront environ un an, car les familles attendent ce projet depuis longtemps.", false},
		{"German", "Der Stadtrat hat am Montag beschlossen, eine neue Schule im Süden der Stadt zu bauen. Nach Angaben des Bürgermeisters sollen die Arbeiten im Frühjahr beginnen und ungefähr ein Jahr dauern, weil viele Familien darauf warten.", false},
		{"Spanish", "El ayuntamiento aprobó el lunes la construcción de una nueva escuela en el barrio sur. Según la alcaldesa, las obras empezarán en primavera y durarán cerca de un año, porque las familias esperan este proyecto desde hace tiempo.", false},
		{"Dutch", "De gemeenteraad heeft maandag besloten een nieuwe school te bouwen in het zuiden van de stad. Volgens de burgemeester beginnen de werkzaamheden in het voorjaar en duren ze ongeveer een jaar, omdat veel gezinnen erop wachten.", false},
		{"short foreign text passes", "Le maire a démissionné hier soir.", true},
		{"a table of results passes", "Arsenal 2 Chelsea 1\nLeeds 0 Everton 0\nFulham 3 Brighton 2\nWolves 1 Burnley 1\nSpurs 4 Luton 0\nBrentford 2 Villa 2", true},
		{"empty", "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := looksEnglish(c.text); got != c.want {
				share, n := englishShare(c.text)
				t.Errorf("looksEnglish = %v, want %v (share %.2f of %d words)", got, c.want, share, n)
			}
		})
	}
}
