//! The one table of special method names the runtime dispatches on.
//!
//! Every type caches, per [`Dunder`], the attribute its MRO resolves the
//! name to (see `TypeData::dunders`), so operators, `len()`, iteration and
//! the rest find a builtin's native method and a user class's Python
//! method the same way, without hashing the name.

macro_rules! dunders {
    ($($variant:ident = $name:literal,)*) => {
        /// A special method name.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Dunder {
            $($variant,)*
        }

        impl Dunder {
            /// Every dunder, in table order.
            pub const ALL: &'static [Dunder] = &[$(Dunder::$variant,)*];

            /// The attribute name, e.g. `"__add__"`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Dunder::$variant => $name,)*
                }
            }

            /// The dunder a name stands for, if any.
            pub fn from_name(name: &str) -> Option<Dunder> {
                match name {
                    $($name => Some(Dunder::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

dunders! {
    New = "__new__",
    Init = "__init__",
    Call = "__call__",
    Repr = "__repr__",
    Str = "__str__",
    Format = "__format__",
    Hash = "__hash__",
    Bool = "__bool__",
    Len = "__len__",
    LengthHint = "__length_hint__",
    Iter = "__iter__",
    Next = "__next__",
    Reversed = "__reversed__",
    Contains = "__contains__",
    GetItem = "__getitem__",
    SetItem = "__setitem__",
    DelItem = "__delitem__",
    Missing = "__missing__",
    GetAttribute = "__getattribute__",
    GetAttr = "__getattr__",
    SetAttr = "__setattr__",
    DelAttr = "__delattr__",
    Get = "__get__",
    Set = "__set__",
    Delete = "__delete__",
    SetName = "__set_name__",
    InitSubclass = "__init_subclass__",
    InstanceCheck = "__instancecheck__",
    SubclassCheck = "__subclasscheck__",
    Eq = "__eq__",
    Ne = "__ne__",
    Lt = "__lt__",
    Le = "__le__",
    Gt = "__gt__",
    Ge = "__ge__",
    Add = "__add__",
    Sub = "__sub__",
    Mul = "__mul__",
    MatMul = "__matmul__",
    TrueDiv = "__truediv__",
    FloorDiv = "__floordiv__",
    Mod = "__mod__",
    DivMod = "__divmod__",
    Pow = "__pow__",
    LShift = "__lshift__",
    RShift = "__rshift__",
    And = "__and__",
    Xor = "__xor__",
    Or = "__or__",
    RAdd = "__radd__",
    RSub = "__rsub__",
    RMul = "__rmul__",
    RMatMul = "__rmatmul__",
    RTrueDiv = "__rtruediv__",
    RFloorDiv = "__rfloordiv__",
    RMod = "__rmod__",
    RDivMod = "__rdivmod__",
    RPow = "__rpow__",
    RLShift = "__rlshift__",
    RRShift = "__rrshift__",
    RAnd = "__rand__",
    RXor = "__rxor__",
    ROr = "__ror__",
    IAdd = "__iadd__",
    ISub = "__isub__",
    IMul = "__imul__",
    IMatMul = "__imatmul__",
    ITrueDiv = "__itruediv__",
    IFloorDiv = "__ifloordiv__",
    IMod = "__imod__",
    IPow = "__ipow__",
    ILShift = "__ilshift__",
    IRShift = "__irshift__",
    IAnd = "__iand__",
    IXor = "__ixor__",
    IOr = "__ior__",
    Neg = "__neg__",
    Pos = "__pos__",
    Invert = "__invert__",
    Abs = "__abs__",
    Int = "__int__",
    Float = "__float__",
    Complex = "__complex__",
    Index = "__index__",
    Round = "__round__",
    Trunc = "__trunc__",
    Floor = "__floor__",
    Ceil = "__ceil__",
    Enter = "__enter__",
    Exit = "__exit__",
    Bytes = "__bytes__",
    Buffer = "__buffer__",
    ReleaseBuffer = "__release_buffer__",
    Dir = "__dir__",
    ClassGetItem = "__class_getitem__",
}

/// The binary operators, with their forward, reflected and in-place
/// dunders and the symbol error messages use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Xor,
    Or,
}

impl BinOp {
    pub fn forward(self) -> Dunder {
        match self {
            BinOp::Add => Dunder::Add,
            BinOp::Sub => Dunder::Sub,
            BinOp::Mul => Dunder::Mul,
            BinOp::MatMul => Dunder::MatMul,
            BinOp::TrueDiv => Dunder::TrueDiv,
            BinOp::FloorDiv => Dunder::FloorDiv,
            BinOp::Mod => Dunder::Mod,
            BinOp::Pow => Dunder::Pow,
            BinOp::LShift => Dunder::LShift,
            BinOp::RShift => Dunder::RShift,
            BinOp::And => Dunder::And,
            BinOp::Xor => Dunder::Xor,
            BinOp::Or => Dunder::Or,
        }
    }

    pub fn reflected(self) -> Dunder {
        match self {
            BinOp::Add => Dunder::RAdd,
            BinOp::Sub => Dunder::RSub,
            BinOp::Mul => Dunder::RMul,
            BinOp::MatMul => Dunder::RMatMul,
            BinOp::TrueDiv => Dunder::RTrueDiv,
            BinOp::FloorDiv => Dunder::RFloorDiv,
            BinOp::Mod => Dunder::RMod,
            BinOp::Pow => Dunder::RPow,
            BinOp::LShift => Dunder::RLShift,
            BinOp::RShift => Dunder::RRShift,
            BinOp::And => Dunder::RAnd,
            BinOp::Xor => Dunder::RXor,
            BinOp::Or => Dunder::ROr,
        }
    }

    pub fn inplace(self) -> Dunder {
        match self {
            BinOp::Add => Dunder::IAdd,
            BinOp::Sub => Dunder::ISub,
            BinOp::Mul => Dunder::IMul,
            BinOp::MatMul => Dunder::IMatMul,
            BinOp::TrueDiv => Dunder::ITrueDiv,
            BinOp::FloorDiv => Dunder::IFloorDiv,
            BinOp::Mod => Dunder::IMod,
            BinOp::Pow => Dunder::IPow,
            BinOp::LShift => Dunder::ILShift,
            BinOp::RShift => Dunder::IRShift,
            BinOp::And => Dunder::IAnd,
            BinOp::Xor => Dunder::IXor,
            BinOp::Or => Dunder::IOr,
        }
    }

    /// The operator as error messages write it: `+`, `**`, `@`.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Xor => "^",
            BinOp::Or => "|",
        }
    }
}

/// The rich comparison operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn dunder(self) -> Dunder {
        match self {
            CompareOp::Lt => Dunder::Lt,
            CompareOp::Le => Dunder::Le,
            CompareOp::Eq => Dunder::Eq,
            CompareOp::Ne => Dunder::Ne,
            CompareOp::Gt => Dunder::Gt,
            CompareOp::Ge => Dunder::Ge,
        }
    }

    /// The operator with its operands swapped: `a < b` is `b > a`.
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The outcome of comparing two totally ordered values.
    pub fn holds(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}
