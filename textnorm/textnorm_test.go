package textnorm

import (
	"testing"
	"unicode"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jisr al-Shughur", "jisr al shughur"},
		{"Jisr  al  Shughur!", "jisr al shughur"},
		{"Ma'arrat al-Nu‘man", "maarrat al numan"},
		{"Khān Shaykhūn", "khan shaykhun"},
		{"SARAQIB", "saraqib"},
		{"إدلب", "ادلب"},
		{"أطمة", "اطمه"},
		{"آفس", "افس"},
		{"ٱلدانا", "الدانا"},
		{"مُعَرَّة النُّعْمَان", "معره النعمان"},
		{"إدلـــب", "ادلب"},       // tatweel
		{"مؤسسة", "موسسه"},        // waw hamza, ta marbuta
		{"الهوى", "الهوي"},        // alef maqsura
		{"سائق", "سايق"},          // yeh hamza
		{"  -- ", ""},             // nothing but separators
		{"Idlib's", "idlib"},      // a possessive is dropped
		{"Ma'arrat's", "maarrat"}, // after a joining apostrophe too
		{"Qa'ah", "qaah"},         // an apostrophe inside a word joins it
		{"'Idlib'", "idlib"},      // quotes around a word do not
		{"Idlib, Syria", "idlib syria"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWord checks that a word folds as Normalize folds it alone, and that
// digits are left to ASCIIDigits.
func TestWord(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		arabic   bool
	}{
		{"Saraqib", "saraqib", false},
		{"Shaykhūn", "shaykhun", false},
		{"إدلـــب", "ادلب", true},
		{"بأطمة", "باطمه", true},
		{"٣٤", "٣٤", true},
		{"", "", false},
	} {
		got, arabic := Word(tt.in)
		if got != tt.want || arabic != tt.arabic {
			t.Errorf("Word(%q) = %q, %v; want %q, %v", tt.in, got, arabic, tt.want, tt.arabic)
		}
		if n := Normalize(tt.in); n != got {
			t.Errorf("Word(%q) = %q, Normalize %q", tt.in, got, n)
		}
	}
}

func TestASCIIDigits(t *testing.T) {
	for in, want := range map[string]string{"٣٤ شخصا": "34 شخصا", "۱۲": "12", "2024": "2024", "": ""} {
		if got := ASCIIDigits(in); got != want {
			t.Errorf("ASCIIDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsWordRuneFastPaths(t *testing.T) {
	for r := rune(0); r < 0x0800; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'ـ'
		if got := IsWordRune(r); got != want {
			t.Errorf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
