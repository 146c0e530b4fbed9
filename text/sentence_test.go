package text

import "testing"

func TestSentenceBoundaries(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"middle initial is no boundary", "The bill was signed by Harold J. Benning on Friday. He smiled.",
			[]string{"The bill was signed by Harold J. Benning on Friday.", "He smiled."}},
		{"a sentence may open with a backtick quote", "Officials said so. ``Very few left,'' he said.",
			[]string{"Officials said so.", "``Very few left,'' he said."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
