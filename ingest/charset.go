package ingest

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// windows1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode, as the
// WHATWG Encoding Standard's index-windows-1252 does; the bytes it leaves
// undefined map to the C1 controls of the same value. Bytes 0xA0–0xFF are
// U+00A0–U+00FF.
var windows1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// Repairs that repairUTF8 makes, as warnings.
const (
	repairedLatin = "not UTF-8; read as Windows-1252"
	repairedBytes = "invalid UTF-8 replaced with U+FFFD"
)

// repairUTF8 returns s as valid UTF-8 and how it was repaired ("" when s
// was valid). Text without a single multi-byte UTF-8 character is taken to
// be Windows-1252, the usual encoding of older English web pages and
// archives, and decoded; in other text each run of bad bytes becomes one
// U+FFFD.
func repairUTF8(s string) (string, string) {
	if utf8.ValidString(s) {
		return s, ""
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if size > 1 && r != utf8.RuneError {
			return strings.ToValidUTF8(s, "\uFFFD"), repairedBytes
		}
		i += size
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(windows1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String(), repairedLatin
}

// utf16Order returns the byte order that a UTF-16 byte-order mark at the
// start of prefix announces, or nil when there is none.
func utf16Order(prefix []byte) binary.ByteOrder {
	switch {
	case bytes.HasPrefix(prefix, []byte{0xFF, 0xFE}):
		return binary.LittleEndian
	case bytes.HasPrefix(prefix, []byte{0xFE, 0xFF}):
		return binary.BigEndian
	}
	return nil
}

// decodeUTF16 decodes UTF-16 text in the given byte order, its mark
// already removed. Unpaired surrogates and an odd last byte become U+FFFD.
func decodeUTF16(data []byte, order binary.ByteOrder) string {
	var b strings.Builder
	b.Grow(len(data) / 2)
	for i := 0; i < len(data); i += 2 {
		if i+1 == len(data) {
			b.WriteRune(utf8.RuneError)
			break
		}
		r := rune(order.Uint16(data[i:]))
		if utf16.IsSurrogate(r) && i+3 < len(data) {
			if pair := utf16.DecodeRune(r, rune(order.Uint16(data[i+2:]))); pair != utf8.RuneError {
				r = pair
				i += 2
			}
		}
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}
