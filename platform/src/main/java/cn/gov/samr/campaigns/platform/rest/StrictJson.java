package cn.gov.samr.campaigns.platform.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: a client that sends something the API does not take is told so (400 naming the
 * field) instead of believing it was understood. Unknown fields, duplicate keys, content after the value, a value
 * of the wrong JSON type (no coercion of {@code "12"} to 12, {@code 1.5} to 1, {@code 3} to an enum or a date),
 * {@code null} for a primitive or inside a list, and every value that breaks the {@link InputRules} (control
 * characters, dates outside 2000–2100, numbers beyond any column) are refused.
 * <p>
 * Two readers stay tolerant of the rules on values ({@link #TOLERANT}): the Kafka listeners, since producers may
 * add fields and events written before a rule must still be read ({@link #tolerantReader}); and
 * {@code convertValue} of a service's own objects (they go through a {@link TokenBuffer}, not client text).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Reader attribute that turns the value rules off (see {@link #tolerantReader}). */
    public static final String TOLERANT = StrictJson.class.getName() + ".tolerant";

    /** After Quarkus's own customizer, which applies {@code quarkus.jackson.*} and would reset the features. */
    @Override
    public int priority() {
        return QUARKUS_CUSTOMIZER_PRIORITY - 1;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        refuseCoercions(mapper);
        // [null] in a list or set; properties only, so convertValue into a Map of the service's own data still works
        for (Class<?> type : List.of(Collection.class, List.class, Set.class, SortedSet.class)) {
            mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        mapper.registerModule(new SimpleModule("strict-values").setDeserializerModifier(new ValueRules())
                .addKeyDeserializer(String.class, new TextKeys()));
    }

    /** A reader for events: unknown fields are skipped and values are taken as they were written. */
    public static ObjectReader tolerantReader(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withAttribute(TOLERANT, Boolean.TRUE);
    }

    private static void refuseCoercions(ObjectMapper mapper) {
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.OtherScalar, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        for (LogicalType container : List.of(LogicalType.Collection, LogicalType.Array, LogicalType.Map,
                LogicalType.POJO)) {
            refuse(mapper, container, CoercionInputShape.EmptyString, CoercionInputShape.String,
                    CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        }
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    static boolean tolerant(JsonParser p, DeserializationContext ctxt) {
        return p.getClass().getEnclosingClass() == TokenBuffer.class || Boolean.TRUE.equals(ctxt.getAttribute(TOLERANT));
    }

    /** Puts the {@link InputRules} in front of the deserializers of text, dates and times, and numbers. */
    static final class ValueRules extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || InputRules.isTemporal(type) || type == BigDecimal.class
                    || type == Double.class || type == double.class || type == Float.class || type == float.class) {
                return new Checked(deserializer, type);
            }
            return deserializer;
        }
    }

    /** A standard deserializer with the rule of its type checked before (text, dates) or after (numbers). */
    static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;

        Checked(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (tolerant(p, ctxt)) {
                return super.deserialize(p, ctxt);
            }
            try {
                if (type == String.class) {
                    if (p.hasToken(JsonToken.VALUE_STRING)) {
                        return InputRules.text(p.getText());
                    }
                    return super.deserialize(p, ctxt);
                }
                if (InputRules.isTemporal(type)) {
                    if (!p.hasToken(JsonToken.VALUE_STRING)) {
                        throw new InputRules.Refused("must be " + InputRules.expectedTemporal(type));
                    }
                    InputRules.temporal(type, p.getText());
                    return super.deserialize(p, ctxt);
                }
                Object value = super.deserialize(p, ctxt);
                if (value instanceof BigDecimal decimal) {
                    InputRules.decimal(decimal);
                } else if (value instanceof Number number) {
                    InputRules.finite(number.doubleValue());
                }
                return value;
            } catch (InputRules.Refused e) {
                throw new InvalidJsonValueException(p, e.getMessage(), type);
            }
        }
    }

    /** Keys of a map are text the service stores too. */
    static final class TextKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (!tolerant(ctxt.getParser(), ctxt)) {
                try {
                    InputRules.text(key);
                } catch (InputRules.Refused e) {
                    throw new InvalidJsonValueException(ctxt.getParser(), e.getMessage(), String.class);
                }
            }
            return key;
        }
    }
}
