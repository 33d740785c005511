# Mozilla User Preferences
// user_pref("comment.line", 1);
/* user_pref("comment.block", 2);
   still a comment */
user_pref("s.quote", "Fred \"the\" Tester");
user_pref("s.backslash", "C:\\Users\\fred\\AppData");
user_pref("s.escapes", "tab\there\nnew line \x41 caf\u00e9 \ud83d\ude00");
user_pref('s.single', 'it\'s');
user_pref("s.comment.inside", "not // a comment /* either */");
user_pref("n.negative", -5);
user_pref("n.big", 4294967296);
user_pref("b.true", true); user_pref("b.false", false);
user_pref( "spaced" ,   42   )   ;
user_pref("broken", );
user_pref("unterminated, 3);
this is not a pref
user_pref("bad.escape", "\u12");
user_pref("after.problems", 7);
pref("default.style", "kept");
user_pref("s.quote", "the last one wins");
