package ingest

import "testing"

func TestRepairUTF8(t *testing.T) {
	cases := []struct {
		name, in, want, how string
	}{
		{"valid UTF-8 is kept", "Café “Rosa” — 5 €", "Café “Rosa” — 5 €", ""},
		{"bad bytes among UTF-8 characters", "Café \xff\xfe closed — \x80", "Café \uFFFD closed — \uFFFD", repairedBytes},
		{"Windows-1252 quotes and letters", "\x93Caf\xe9\x94 \x96 5 \x80, \x8akoda\x92s \xa3", "“Café” – 5 €, Škoda’s £", repairedLatin},
		{"bytes Windows-1252 leaves undefined", "a\x81b\x9dc", "a\u0081b\u009dc", repairedLatin},
		{"a cut-off UTF-8 character alone", "caf\xc3", "cafÃ", repairedLatin},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, how := repairUTF8(c.in)
			if got != c.want || how != c.how {
				t.Errorf("repairUTF8(%q) = %q, %q; want %q, %q", c.in, got, how, c.want, c.how)
			}
		})
	}
}

func TestDecodeUTF16(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want string
	}{
		{"little-endian", []byte{0xFF, 0xFE, 'H', 0, 'i', 0, 0x14, 0x20}, "Hi—"},
		{"big-endian", []byte{0xFE, 0xFF, 0, 'H', 0, 'i', 0x20, 0x14}, "Hi—"},
		{"a surrogate pair", []byte{0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE}, "😀"},
		{"an unpaired surrogate and an odd byte", []byte{0xFF, 0xFE, 0x3D, 0xD8, 'a', 0, 'b'}, "\uFFFDa\uFFFD"},
		{"a lone high surrogate at the end", []byte{0xFF, 0xFE, 'a', 0, 0x3D, 0xD8}, "a\uFFFD"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			order := utf16Order(c.in)
			if order == nil {
				t.Fatal("no byte-order mark found")
			}
			if got := decodeUTF16(c.in[2:], order); got != c.want {
				t.Errorf("decodeUTF16 = %q, want %q", got, c.want)
			}
		})
	}
}
