// A Java client built on types generated from ecoreg's JSON Schemas (fine-request and
// fine-decision) by quicktype: it builds the fine request of examples/requests/fine.json with
// the generated classes, sends it to a long-running `ecoreg serve --stdio`, reads the answer
// into the generated decision class and prints the final fine.
//
// Generate the types (package ecoreg.types), then compile and run with Jackson 2 on the class
// path (on Debian: apt-get install libjackson2-databind-java):
//
//   npm ci --prefix tools/clients
//   tools/clients/node_modules/.bin/quicktype --src-lang schema --lang java \
//       --package ecoreg.types --array-type list -o types/Converter.java \
//       src/ecoreg/schemas/fine-request.schema.json src/ecoreg/schemas/fine-decision.schema.json
//   rm types/Converter.java
//   CP=/usr/share/java/jackson-databind.jar:/usr/share/java/jackson-core.jar:/usr/share/java/jackson-annotations.jar
//   javac -cp "$CP" -d classes types/*.java examples/clients/generated/DecideFine.java
//   java -cp "classes:$CP" DecideFine             # with `ecoreg` on the PATH: prints 50000.00
//   java -cp "classes:$CP" DecideFine --request   # prints the request line it would send
//
// Converter.java is quicktype's own reader and writer; mapper() below takes its place. Its
// mapper writes every absent field as null (ecoreg refuses null for a list such as
// "aggravations"), reads LocalDate only with jackson-datatype-jsr310, and its ...ToJsonString
// methods declare JsonProcessingException where Debian's jackson-databind 2.14 build declares
// IOException too, so it does not compile against that jar.
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import ecoreg.types.ApologyPledge;
import ecoreg.types.ContractPrice;
import ecoreg.types.DecisionFineResult;
import ecoreg.types.FineRequest;
import ecoreg.types.FineRequestInput;
import ecoreg.types.Harm;
import ecoreg.types.Jurisdiction;
import ecoreg.types.Kind;
import ecoreg.types.Rule;
import ecoreg.types.ViolationCase;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

public final class DecideFine {
    /**
     * The mapper for ecoreg's documents. Dates are ISO strings ("2026-03-10"): the generated
     * classes use java.time.LocalDate, which Jackson reads and writes only with a module; these
     * two functions are that module (no jackson-datatype-jsr310 needed). Absent fields are left
     * out rather than sent as null, and an answer field the generated classes do not know is an
     * error: the types were generated from the schema the answer follows.
     */
    static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("iso-dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
            @Override
            public void serialize(LocalDate day, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeString(day.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser in, DeserializationContext context)
                    throws IOException {
                return LocalDate.parse(in.getValueAsString());
            }
        });
        return new ObjectMapper()
            .registerModule(dates)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /**
     * The case of examples/requests/fine.json, built with the generated types. The enums
     * (Kind, Jurisdiction, Harm …) are read from their JSON values with forValue, which throws
     * for a value the schema does not list.
     */
    static FineRequest exampleRequest() throws IOException {
        ViolationCase facts = new ViolationCase();
        facts.setKind(Kind.forValue("monitoring.not-networked"));
        facts.setOccurredOn(LocalDate.of(2026, 1, 5));
        facts.setDiscoveredOn(LocalDate.of(2026, 2, 1));
        facts.setCorrectedOn(LocalDate.of(2026, 2, 10));
        facts.setHarm(Harm.SLIGHT);
        facts.setNoticeReceivedOn(LocalDate.of(2026, 2, 24));
        ApologyPledge pledge = new ApologyPledge();
        pledge.setFiledOn(LocalDate.of(2026, 3, 4));
        facts.setApologyPledge(pledge);

        // Yuan: a decimal string or an integer, never a float. quicktype names this union
        // after the first field it meets with it (contract_price), and reuses it for all.
        ContractPrice proposed = new ContractPrice();
        proposed.stringValue = "100000";
        FineRequestInput input = new FineRequestInput();
        input.setFineRequestInputCase(facts);
        input.setProposed(proposed);

        FineRequest request = new FineRequest();
        request.setID(1);
        request.setRule(Rule.FINE);
        request.setJurisdiction(Jurisdiction.forValue("CN-GD-DG"));
        request.setDecidedOn(LocalDate.of(2026, 3, 10));
        request.setInput(input);
        return request;
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = mapper();
        if (args.length == 1 && args[0].equals("--request")) {
            System.out.println(json.writeValueAsString(exampleRequest()));
            return;
        }
        Process ecoreg = new ProcessBuilder("ecoreg", "serve", "--stdio")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        String line;
        try (BufferedWriter requests = new BufferedWriter(
                new OutputStreamWriter(ecoreg.getOutputStream(), StandardCharsets.UTF_8));
             BufferedReader answers = new BufferedReader(
                new InputStreamReader(ecoreg.getInputStream(), StandardCharsets.UTF_8))) {
            requests.write(json.writeValueAsString(exampleRequest()));
            requests.newLine();
            requests.flush();
            line = answers.readLine(); // {"id": 1, "result": …} or {"id": 1, "error": …}
        }
        ecoreg.waitFor();
        if (line == null) {
            throw new IOException("ecoreg serve --stdio closed without an answer");
        }
        JsonNode answer = json.readTree(line);
        if (!answer.has("result")) {
            throw new IOException("ecoreg refused the request: " + answer.get("error"));
        }
        DecisionFineResult decision = json.treeToValue(answer.get("result"), DecisionFineResult.class);
        System.out.println(decision.getOutcome().getFineResultFinal());
    }
}
