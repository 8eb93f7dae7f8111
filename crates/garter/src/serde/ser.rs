//! `Serialize` → Python value: a serde `Serializer` building values.

use garter_runtime::types::dict::DictTable;
use garter_runtime::{PyErr, Value, Vm};
use serde::ser::{self, Serialize};

use super::SerdeError;
use crate::IntoPy;

/// The Python value of `value`: dicts for structs and maps, lists for
/// sequences, tuples for tuples, `None` for `None` and `()`.
pub fn to_value<T: Serialize + ?Sized>(vm: &Vm, value: &T) -> Result<Value, PyErr> {
    value
        .serialize(ValueSerializer { vm })
        .map_err(|e| e.into_py_err(vm))
}

/// Serializes into Python values of `vm`.
#[derive(Clone, Copy)]
struct ValueSerializer<'a> {
    vm: &'a Vm,
}

impl ValueSerializer<'_> {
    fn convert(self, v: impl IntoPy) -> Result<Value, SerdeError> {
        Ok(v.into_py(self.vm)?)
    }

    /// `{variant: content}`, the externally tagged form of an enum variant.
    fn tagged(self, variant: &str, content: Value) -> Result<Value, SerdeError> {
        let dict = self.vm.new_dict(DictTable::new());
        self.vm
            .set_item(&dict, &self.vm.new_str(variant.to_string()), content)?;
        Ok(dict)
    }
}

/// A list or tuple being built, tagged with a variant name for enums.
struct SeqBuilder<'a> {
    ser: ValueSerializer<'a>,
    items: Vec<Value>,
    tuple: bool,
    variant: Option<&'static str>,
}

impl SeqBuilder<'_> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerdeError> {
        self.items.push(value.serialize(self.ser)?);
        Ok(())
    }

    fn finish(self) -> Result<Value, SerdeError> {
        let vm = self.ser.vm;
        let value = if self.tuple {
            vm.new_tuple(self.items)
        } else {
            vm.new_list(self.items)
        };
        match self.variant {
            Some(name) => self.ser.tagged(name, value),
            None => Ok(value),
        }
    }
}

/// A dict being built, tagged with a variant name for struct variants.
struct MapBuilder<'a> {
    ser: ValueSerializer<'a>,
    dict: Value,
    key: Option<Value>,
    variant: Option<&'static str>,
}

impl MapBuilder<'_> {
    fn entry(&mut self, key: Value, value: Value) -> Result<(), SerdeError> {
        self.ser.vm.set_item(&self.dict, &key, value)?;
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), SerdeError> {
        let value = value.serialize(self.ser)?;
        let key = self.ser.vm.intern(key);
        self.entry(key, value)
    }

    fn finish(self) -> Result<Value, SerdeError> {
        match self.variant {
            Some(name) => self.ser.tagged(name, self.dict),
            None => Ok(self.dict),
        }
    }
}

impl<'a> ser::Serializer for ValueSerializer<'a> {
    type Ok = Value;
    type Error = SerdeError;
    type SerializeSeq = SeqBuilder<'a>;
    type SerializeTuple = SeqBuilder<'a>;
    type SerializeTupleStruct = SeqBuilder<'a>;
    type SerializeTupleVariant = SeqBuilder<'a>;
    type SerializeMap = MapBuilder<'a>;
    type SerializeStruct = MapBuilder<'a>;
    type SerializeStructVariant = MapBuilder<'a>;

    fn serialize_bool(self, v: bool) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_f64(self, v: f64) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_char(self, v: char) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_str(self, v: &str) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, SerdeError> {
        self.convert(v)
    }
    fn serialize_none(self) -> Result<Value, SerdeError> {
        Ok(Value::None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, SerdeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, SerdeError> {
        Ok(Value::None)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, SerdeError> {
        Ok(Value::None)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Value, SerdeError> {
        self.convert(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Value, SerdeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, SerdeError> {
        let content = value.serialize(self)?;
        self.tagged(variant, content)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder<'a>, SerdeError> {
        Ok(SeqBuilder {
            ser: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
            tuple: false,
            variant: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder<'a>, SerdeError> {
        Ok(SeqBuilder {
            ser: self,
            items: Vec::with_capacity(len),
            tuple: true,
            variant: None,
        })
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<SeqBuilder<'a>, SerdeError> {
        self.serialize_tuple(len)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<SeqBuilder<'a>, SerdeError> {
        Ok(SeqBuilder {
            ser: self,
            items: Vec::with_capacity(len),
            tuple: true,
            variant: Some(variant),
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<MapBuilder<'a>, SerdeError> {
        Ok(MapBuilder {
            ser: self,
            dict: self.vm.new_dict(DictTable::new()),
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<MapBuilder<'a>, SerdeError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<MapBuilder<'a>, SerdeError> {
        let mut map = self.serialize_map(Some(len))?;
        map.variant = Some(variant);
        Ok(map)
    }
}

/// serde's four sequence-shaped serializer traits, each building a list
/// (or a tagged tuple) through [`SeqBuilder`].
macro_rules! seq_builder {
    ($($trait:ident :: $method:ident),* $(,)?) => {$(
        impl ser::$trait for SeqBuilder<'_> {
            type Ok = Value;
            type Error = SerdeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerdeError> {
                self.push(value)
            }
            fn end(self) -> Result<Value, SerdeError> {
                self.finish()
            }
        }
    )*};
}

seq_builder!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
);

impl ser::SerializeMap for MapBuilder<'_> {
    type Ok = Value;
    type Error = SerdeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), SerdeError> {
        self.key = Some(key.serialize(self.ser)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerdeError> {
        let value = value.serialize(self.ser)?;
        match self.key.take() {
            Some(key) => self.entry(key, value),
            None => Err(SerdeError::Value("a map value came without its key".into())),
        }
    }
    fn end(self) -> Result<Value, SerdeError> {
        self.finish()
    }
}

impl ser::SerializeStruct for MapBuilder<'_> {
    type Ok = Value;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerdeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Value, SerdeError> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for MapBuilder<'_> {
    type Ok = Value;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerdeError> {
        self.field(key, value)
    }
    fn end(self) -> Result<Value, SerdeError> {
        self.finish()
    }
}
