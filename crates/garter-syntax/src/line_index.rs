//! `LineIndex`: turns byte offsets into line numbers and columns.

/// The start offset of every line of a source text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `source`; `\n`, `\r\n` and a lone `\r` all end a line.
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The 1-based line number holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    /// The byte offset where 1-based line `lineno` starts.
    pub fn line_start(&self, lineno: usize) -> usize {
        self.line_starts[lineno.clamp(1, self.line_starts.len()) - 1]
    }

    /// 1-based line and 0-based byte column of `offset`, as CPython's AST
    /// `lineno`/`col_offset` count them.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        (line, offset - self.line_start(line))
    }

    /// 1-based line and 1-based character column of `offset`, as
    /// `SyntaxError.lineno`/`offset` count them.
    pub fn char_position(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(source.len());
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let column = source
            .get(start..offset)
            .map_or(offset - start, |text| text.chars().count());
        (line, column + 1)
    }

    /// The text of 1-based line `lineno`, without its line ending.
    pub fn line_text<'a>(&self, source: &'a str, lineno: usize) -> &'a str {
        let start = self.line_start(lineno).min(source.len());
        let rest = &source[start..];
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        &rest[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines_and_columns() {
        let src = "ab\ncd\r\néf\rg";
        let index = LineIndex::new(src);
        assert_eq!(index.line_col(0), (1, 0));
        assert_eq!(index.line_col(4), (2, 1));
        assert_eq!(index.line_col(7), (3, 0));
        assert_eq!(index.char_position(src, 10), (3, 3));
        assert_eq!(index.line_text(src, 3), "éf");
        assert_eq!(index.line_text(src, 4), "g");
    }
}
