//! Decoding source bytes: BOM, coding declarations, decoding errors.

use crate::lexer::decode_source;

#[test]
fn decoding_sources() {
    assert_eq!(
        decode_source(b"\xef\xbb\xbfx = 1\n").as_deref(),
        Ok("x = 1\n")
    );
    assert_eq!(
        decode_source(b"#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = '\xe9'\n").as_deref(),
        Ok("#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = 'é'\n")
    );
    assert_eq!(
        decode_source(b"# vim: set fileencoding=utf-8 :\nx = 1\n").as_deref(),
        Ok("# vim: set fileencoding=utf-8 :\nx = 1\n")
    );
    assert_eq!(
        decode_source(b"# -*- coding: cp1252 -*-\nx = '\x80\xe9'\n").as_deref(),
        Ok("# -*- coding: cp1252 -*-\nx = '\u{20ac}\u{e9}'\n")
    );
    let msg = |bytes: &[u8]| decode_source(bytes).map_err(|error| error.msg);
    assert_eq!(
        msg(b"# coding: foo\nx=1\n"),
        Err("encoding problem: foo".to_owned())
    );
    assert_eq!(
        msg(b"\n# coding: foo\n"),
        Err("encoding problem: foo".to_owned())
    );
    assert!(msg(b"x=1\n# coding: foo\n").is_ok());
    assert_eq!(
        msg(b"\xef\xbb\xbf# coding: latin-1\nx=1\n"),
        Err("encoding problem: iso-8859-1 with BOM".to_owned())
    );
    assert_eq!(
        msg(b"x=1\x00\n"),
        Err("source code cannot contain null bytes".to_owned())
    );
    assert_eq!(
        msg(b"x = 1\ny = '\xff'\n"),
        Err(
            "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
                .to_owned()
        )
    );
}

#[test]
fn single_byte_codecs_by_any_of_their_names() {
    let decode = |name: &str, bytes: &[u8]| {
        let mut source = format!("# coding: {name}\n").into_bytes();
        source.extend_from_slice(bytes);
        decode_source(&source).map(|text| text.lines().nth(1).unwrap_or_default().to_owned())
    };
    for name in ["koi8-r", "koi8_r", "KOI8-R", "cskoi8r"] {
        assert_eq!(
            decode(name, b"x = '\xc1\xff'").as_deref(),
            Ok("x = 'аЪ'"),
            "{name}"
        );
    }
    for name in [
        "iso-8859-5",
        "iso_8859_5",
        "ISO8859-5",
        "cyrillic",
        "iso_ir_144",
    ] {
        assert_eq!(decode(name, b"'\xc1'").as_deref(), Ok("'С'"), "{name}");
    }
    assert_eq!(decode("cp437", b"'\x80'").as_deref(), Ok("'Ç'"));
    assert_eq!(decode("mac-roman", b"'\xa5'").as_deref(), Ok("'•'"));
    assert_eq!(decode("latin-1-x", b"'\xa5'").as_deref(), Ok("'¥'"));
    assert_eq!(decode("utf8", "'é'".as_bytes()).as_deref(), Ok("'é'"));
}

#[test]
fn encoding_errors() {
    let msg = |bytes: &[u8]| decode_source(bytes).map_err(|error| error.msg);
    assert_eq!(
        msg(b"# coding: cp1253\nx = '\xaa'\n"),
        Err("encoding problem: cp1253".to_owned())
    );
    assert_eq!(
        msg(b"# coding: ascii\nx = '\xe9'\n"),
        Err("encoding problem: ascii".to_owned())
    );
    assert_eq!(
        msg(b"# coding: rot13\n"),
        Err("encoding problem: rot13".to_owned())
    );
    assert_eq!(
        msg(b"# coding: koi8.r\n"),
        Err("encoding problem: koi8.r".to_owned())
    );
    for name in ["utf-16", "shift_jis", "EUC-JP", "big5", "cp037"] {
        let source = format!("# coding: {name}\nx = 1\n");
        assert_eq!(
            msg(source.as_bytes()),
            Err(format!("unsupported encoding: {name}"))
        );
    }
    for (name, shown) in [
        ("koi8-r", "koi8-r"),
        ("utf8", "utf8"),
        ("Latin_1", "iso-8859-1"),
        ("foo", "foo"),
        ("shift_jis", "shift_jis"),
    ] {
        let source = format!("\u{feff}# coding: {name}\nx = 1\n");
        assert_eq!(
            msg(source.as_bytes()),
            Err(format!("encoding problem: {shown} with BOM"))
        );
    }
    assert!(msg("\u{feff}# coding: utf-8-sig\nx = 1\n".as_bytes()).is_ok());
    assert!(msg("\u{feff}# coding: UTF_8\nx = 1\n".as_bytes()).is_ok());
}
