//! Python value → `Deserialize`: a serde `Deserializer` reading values.
//! Containers are copied out before their items are read.

use garter_runtime::object::Payload;
use garter_runtime::types::dict::dict_table;
use garter_runtime::types::set::set_table;
use garter_runtime::{PyErr, Value, Vm};
use num_traits::ToPrimitive;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};

use super::SerdeError;

/// A `T` read from a Python value: from dicts (structs, maps, enum
/// variants with content), lists, tuples and sets (sequences), strs
/// (strings, unit enum variants), and the scalars.
pub fn from_value<T: DeserializeOwned>(vm: &Vm, value: &Value) -> Result<T, PyErr> {
    T::deserialize(ValueDeserializer {
        vm,
        value: value.clone(),
    })
    .map_err(|e| e.into_py_err(vm))
}

/// Deserializes one Python value of `vm`.
struct ValueDeserializer<'a> {
    vm: &'a Vm,
    value: Value,
}

impl<'a> ValueDeserializer<'a> {
    fn child(&self, value: Value) -> ValueDeserializer<'a> {
        ValueDeserializer { vm: self.vm, value }
    }

    /// A copy of the items of a list, tuple, set or frozenset.
    fn sequence_items(&self) -> Option<Vec<Value>> {
        match self.value.payload() {
            Some(Payload::List(items)) => Some(items.borrow().clone()),
            Some(Payload::Tuple(items)) => Some(items.to_vec()),
            _ => {
                set_table(&self.value).map(|t| t.borrow().iter().map(|(_, v)| v.clone()).collect())
            }
        }
    }

    /// A copy of the pairs of a dict.
    fn dict_pairs(&self) -> Option<Vec<(Value, Value)>> {
        dict_table(&self.value).map(|t| {
            t.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
    }

    /// The error for a Python value serde cannot read.
    fn unsupported(&self) -> SerdeError {
        SerdeError::Type(format!(
            "cannot deserialize a value of type '{}'",
            self.vm.type_name_of(&self.value)
        ))
    }
}

impl<'de> de::Deserializer<'de> for ValueDeserializer<'_> {
    type Error = SerdeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, SerdeError> {
        match &self.value {
            Value::None => return visitor.visit_unit(),
            Value::Bool(b) => return visitor.visit_bool(*b),
            Value::Int(i) => return visitor.visit_i64(*i),
            Value::Float(f) => return visitor.visit_f64(*f),
            Value::Obj(_) => {}
        }
        match self.value.payload() {
            Some(Payload::Str(s)) => return visitor.visit_str(s.as_str()),
            Some(Payload::Bytes(b)) => return visitor.visit_bytes(b),
            Some(Payload::ByteArray(b)) => {
                let bytes = b.borrow().clone();
                return visitor.visit_byte_buf(bytes);
            }
            Some(Payload::Float(f)) => return visitor.visit_f64(*f),
            Some(Payload::Int(n)) => {
                if let Some(i) = n.to_i128() {
                    return visitor.visit_i128(i);
                }
                if let Some(u) = n.to_u128() {
                    return visitor.visit_u128(u);
                }
                return Err(SerdeError::Value(format!("integer {n} is out of range")));
            }
            _ => {}
        }
        if let Some(pairs) = self.dict_pairs() {
            return visitor.visit_map(MapReader {
                de: self,
                pairs: pairs.into_iter(),
                value: None,
            });
        }
        if let Some(items) = self.sequence_items() {
            return visitor.visit_seq(SeqReader {
                de: self,
                items: items.into_iter(),
            });
        }
        Err(self.unsupported())
    }

    /// A sequence; `bytes` and `bytearray` are read as sequences of
    /// ints here (a `Vec<u8>` asks for a sequence).
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, SerdeError> {
        let bytes = match self.value.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => return self.deserialize_any(visitor),
        };
        let items: Vec<Value> = bytes
            .into_iter()
            .map(|b| Value::Int(i64::from(b)))
            .collect();
        visitor.visit_seq(SeqReader {
            de: self,
            items: items.into_iter(),
        })
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, SerdeError> {
        match self.value {
            Value::None => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, SerdeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, SerdeError> {
        if let Some(s) = self.value.as_str() {
            let variant: de::value::StringDeserializer<SerdeError> =
                s.as_str().to_string().into_deserializer();
            return visitor.visit_enum(variant);
        }
        match self.dict_pairs() {
            Some(pairs) if pairs.len() == 1 => {
                let Some((tag, content)) = pairs.into_iter().next() else {
                    return Err(self.unsupported());
                };
                let Some(variant) = tag.as_str().map(|s| s.as_str().to_string()) else {
                    return Err(SerdeError::Type(
                        "an enum variant name must be a str".into(),
                    ));
                };
                visitor.visit_enum(EnumReader {
                    variant,
                    content: self.child(content),
                })
            }
            _ => Err(SerdeError::Type(format!(
                "expected a str or a dict of one item for an enum, got {}",
                self.vm.type_name_of(&self.value)
            ))),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct tuple tuple_struct map struct
        identifier ignored_any
    }
}

/// The items of a sequence, one by one.
struct SeqReader<'a> {
    de: ValueDeserializer<'a>,
    items: std::vec::IntoIter<Value>,
}

impl<'de> de::SeqAccess<'de> for SeqReader<'_> {
    type Error = SerdeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, SerdeError> {
        match self.items.next() {
            Some(v) => seed.deserialize(self.de.child(v)).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The pairs of a dict, one by one.
struct MapReader<'a> {
    de: ValueDeserializer<'a>,
    pairs: std::vec::IntoIter<(Value, Value)>,
    value: Option<Value>,
}

impl<'de> de::MapAccess<'de> for MapReader<'_> {
    type Error = SerdeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, SerdeError> {
        match self.pairs.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(self.de.child(k)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, SerdeError> {
        match self.value.take() {
            Some(v) => seed.deserialize(self.de.child(v)),
            None => Err(SerdeError::Value(
                "a map value was read before its key".into(),
            )),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.pairs.len())
    }
}

/// An enum variant written `{variant: content}`.
struct EnumReader<'a> {
    variant: String,
    content: ValueDeserializer<'a>,
}

impl<'de, 'a> de::EnumAccess<'de> for EnumReader<'a> {
    type Error = SerdeError;
    type Variant = ValueDeserializer<'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, ValueDeserializer<'a>), SerdeError> {
        let name: de::value::StringDeserializer<SerdeError> = self.variant.into_deserializer();
        let variant = seed.deserialize(name)?;
        Ok((variant, self.content))
    }
}

impl<'de> de::VariantAccess<'de> for ValueDeserializer<'_> {
    type Error = SerdeError;

    fn unit_variant(self) -> Result<(), SerdeError> {
        match self.value {
            Value::None => Ok(()),
            _ => Err(de::Error::invalid_type(
                Unexpected::Other(&self.vm.type_name_of(&self.value)),
                &"None for a unit variant",
            )),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, SerdeError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, SerdeError> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, SerdeError> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}
