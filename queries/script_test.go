package queries

import (
	"reflect"
	"testing"
)

func TestSplitStatements(t *testing.T) {
	cases := []struct {
		name   string
		script string
		want   []Statement
	}{
		{"one without semicolon", "RETURN 1", []Statement{{"RETURN 1", 1}}},
		{"two", "RETURN 1;\nRETURN 2;\n", []Statement{{"RETURN 1", 1}, {"RETURN 2", 2}}},
		{"header comment", "// a script; run me\nCREATE (:A);\n", []Statement{{"// a script; run me\nCREATE (:A)", 2}}},
		{"only comments", "// nothing ; here\n/* nor ; here */\n", nil},
		{"semicolon in strings", "RETURN 'a;b', \"c;d\", `e;f`;\nRETURN 2", []Statement{{"RETURN 'a;b', \"c;d\", `e;f`", 1}, {"RETURN 2", 2}}},
		{"escaped quote", `RETURN 'it\'s; fine';RETURN 3`, []Statement{{`RETURN 'it\'s; fine'`, 1}, {"RETURN 3", 1}}},
		{"block comment between", "RETURN 1;\n/* multi\nline; */\nRETURN 2;", []Statement{{"RETURN 1", 1}, {"/* multi\nline; */\nRETURN 2", 4}}},
		{"empty pieces", ";;  ;\n", nil},
		{"url in string is no comment", "RETURN 'http://x;y';", []Statement{{"RETURN 'http://x;y'", 1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := SplitStatements(c.script)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("SplitStatements(%q)\n got %#v\nwant %#v", c.script, got, c.want)
			}
		})
	}
}
