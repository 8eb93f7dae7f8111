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
