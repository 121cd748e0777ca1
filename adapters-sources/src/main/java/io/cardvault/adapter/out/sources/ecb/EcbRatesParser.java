package io.cardvault.adapter.out.sources.ecb;

import io.cardvault.domain.analytics.EuroReferenceRates;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's eurofxref documents: a {@code gesmes:Envelope} whose outer {@code Cube} holds
 * one {@code Cube time='YYYY-MM-DD'} per day (the daily file one, the history files many, newest
 * first), each holding {@code Cube currency='USD' rate='1.0705'} = units per 1 EUR. Elements are
 * matched in the eurofxref namespace; a currency Java does not know is skipped, a malformed rate
 * or date rejects the document. DTDs and external entities are refused.
 */
final class EcbRatesParser {

    static final String NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    private EcbRatesParser() {
    }

    /** The days of the document, oldest first. */
    static List<EuroReferenceRates> parse(String document) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<EuroReferenceRates> days = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(document));
            LocalDate day = null;
            Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
            boolean envelope = false;
            boolean inRate = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    envelope |= "Envelope".equals(xml.getLocalName());
                    if (!"Cube".equals(xml.getLocalName()) || !NAMESPACE.equals(xml.getNamespaceURI())) {
                        continue;
                    }
                    String time = xml.getAttributeValue(null, "time");
                    String currency = xml.getAttributeValue(null, "currency");
                    if (time != null) {
                        day = LocalDate.parse(time);
                        rates = new LinkedHashMap<>();
                    } else if (currency != null && day != null) {
                        rate(rates, currency, xml.getAttributeValue(null, "rate"));
                        inRate = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "Cube".equals(xml.getLocalName())) {
                    if (inRate) {
                        inRate = false; // the end of a rate cube, not of its day
                    } else if (day != null) {
                        if (!rates.isEmpty()) {
                            days.add(new EuroReferenceRates(day, rates));
                        }
                        day = null;
                    }
                }
            }
            if (!envelope || days.isEmpty()) {
                throw new EcbFormatException("not an ECB eurofxref document: no dated rates");
            }
        } catch (XMLStreamException | DateTimeParseException e) {
            throw new EcbFormatException("unreadable ECB eurofxref document: " + e.getMessage(), e);
        }
        days.sort(Comparator.comparing(EuroReferenceRates::day));
        return days;
    }

    private static void rate(Map<Currency, BigDecimal> rates, String code, String rate) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return; // a code outside ISO 4217 as Java knows it cannot be asked for anyway
        }
        try {
            BigDecimal value = new BigDecimal(rate);
            if (value.signum() <= 0) {
                throw new EcbFormatException("rate of " + code + " is not positive: " + rate);
            }
            rates.put(currency, value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new EcbFormatException("rate of " + code + " is not a number: " + rate, e);
        }
    }
}
