'café'
"日本語"
'emoji 😀 🎉'
'combining é'
'Ελληνικά'
'right-to-left עברית'
b'ascii only'
'\xe9 vs é'
