package io.cardvault.sandbox.market;

import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.adapter.out.sources.pricecharting.PriceChartingFormat;
import io.cardvault.application.port.in.price.BackfillPricesCommand;
import io.cardvault.application.port.in.price.BackfillPricesUseCase;
import io.cardvault.application.port.in.price.BackfillReport;
import io.cardvault.application.port.in.price.GetPriceStoreStatsUseCase;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestPricesUseCase;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.in.price.Showcase;
import io.cardvault.application.port.in.price.TakeDailySnapshotUseCase;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceStoreStats;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sandbox market's HTTP face, under {@code /sandbox}: the upstream files at the paths the real
 * hosts use (below {@code /sandbox/cardmarket}, {@code /sandbox/tcgcsv}, {@code /sandbox/pricecharting}),
 * any past day's file with {@code ?date=}, and, for demos and integration tests, control routes (ingest,
 * snapshot, backfill, store counters) for administrators only ({@link SandboxControl}; with
 * {@code CARDVAULT_SANDBOX_CONTROL=loopback} also for callers on the server's machine).
 * Test affordances, never offered by a real upstream: the same files under {@code /sandbox/broken/…}
 * arrive cut off half-way, under {@code /sandbox/sets/<set id>,<set id>/…} hold only those sets'
 * cards (what a scoped backfill reads), under {@code /sandbox/showcase/…} only the configured showcase's cards
 * (what the first-start backfill reads for the days that keep the showcase alone), and every path under
 * {@code /sandbox/down} answers 503.
 */
@Path("/sandbox")
@ApplicationScoped
@Tag(name = "Sandbox market")
public class SandboxMarketResource {

    static final String SANDBOX_HEADER = "X-CardVault-Sandbox";
    static final String BROKEN_PREFIX = "broken/";
    static final String SETS_PREFIX = "sets/";
    static final String SETS = "[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*";
    static final String SHOWCASE_PREFIX = "showcase/";

    private final SandboxCatalogue catalogue;
    private final IngestPricesUseCase ingest;
    private final TakeDailySnapshotUseCase snapshot;
    private final GetPriceStoreStatsUseCase storeStats;
    private final BackfillPricesUseCase backfill;
    private final Showcase showcase;
    private final SandboxUpstreams upstreams;
    private final boolean enabled;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public SandboxMarketResource(SandboxCatalogue catalogue, IngestPricesUseCase ingest, TakeDailySnapshotUseCase snapshot,
                                 GetPriceStoreStatsUseCase storeStats, BackfillPricesUseCase backfill, Showcase showcase,
                                 SandboxUpstreams upstreams, @ConfigProperty(name = "CARDVAULT_SANDBOX_MARKET") String enabled) {
        this.backfill = backfill;
        this.upstreams = upstreams;
        this.showcase = showcase;
        this.catalogue = catalogue;
        this.ingest = ingest;
        this.snapshot = snapshot;
        this.storeStats = storeStats;
        this.enabled = isOn(enabled);
    }

    /** {@code CARDVAULT_SANDBOX_MARKET}: {@code on} or {@code true}. */
    static boolean isOn(String setting) {
        return setting != null && ("on".equalsIgnoreCase(setting.trim()) || "true".equalsIgnoreCase(setting.trim()));
    }

    /** For CDI's client proxy only. */
    protected SandboxMarketResource() {
        this.catalogue = null;
        this.ingest = null;
        this.snapshot = null;
        this.storeStats = null;
        this.backfill = null;
        this.showcase = null;
        this.upstreams = null;
        this.enabled = false;
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}cardmarket/productList/products_singles_{game: [0-9]{1,3}}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: Cardmarket's singles catalogue of a game (6 Pokémon, 1 Magic)")
    public Response cardmarketProducts(@PathParam("prefix") String prefix, @PathParam("game") int game,
                                       @QueryParam("date") LocalDate date) {
        SandboxGame quoted = requireCardmarketGame(game);
        return file(date, prefix, (variants, day) -> out -> SandboxFiles.cardmarketProducts(variants, quoted, day, out));
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}cardmarket/priceGuide/price_guide_{game: [0-9]{1,3}}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: Cardmarket's price guide of a game (6 Pokémon, 1 Magic; of a past day with ?date=)")
    public Response cardmarketGuide(@PathParam("prefix") String prefix, @PathParam("game") int game,
                                    @QueryParam("date") LocalDate date) {
        SandboxGame quoted = requireCardmarketGame(game);
        return file(date, prefix, (variants, day) -> out -> SandboxFiles.cardmarketGuide(variants, quoted, day, out));
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}tcgcsv/tcgplayer/categories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: tcgcsv categories")
    public Response tcgcsvCategories(@PathParam("prefix") String prefix) {
        return file(null, prefix, (variants, day) -> SandboxFiles::tcgcsvCategories);
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}tcgcsv/tcgplayer/{category}/groups")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: tcgcsv groups of a category")
    public Response tcgcsvGroups(@PathParam("prefix") String prefix, @PathParam("category") long category) {
        SandboxGame game = requireCategory(category);
        return file(null, prefix, (variants, day) -> out -> SandboxFiles.tcgcsvGroups(variants, game, out));
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}tcgcsv/tcgplayer/{category}/{group}/products")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: tcgcsv products of a group")
    public Response tcgcsvProducts(@PathParam("prefix") String prefix, @PathParam("category") long category,
                                   @PathParam("group") long group) {
        SandboxGame game = requireCategory(category);
        return file(null, prefix, (variants, day) -> {
            List<PricedVariant> products = requireGroup(variants, game, group);
            return out -> SandboxFiles.tcgcsvProducts(products, out);
        });
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}tcgcsv/tcgplayer/{category}/{group}/prices")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sandbox: tcgcsv prices of a group (of a past day with ?date=)")
    public Response tcgcsvPrices(@PathParam("prefix") String prefix, @PathParam("category") long category,
                                 @PathParam("group") long group, @QueryParam("date") LocalDate date) {
        SandboxGame game = requireCategory(category);
        return file(date, prefix, (variants, day) -> {
            List<PricedVariant> prices = requireGroup(variants, game, group);
            return out -> SandboxFiles.tcgcsvPrices(prices, day, out);
        });
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}tcgcsv/archive/tcgplayer/prices-{date}.zip")
    @Produces("application/zip")
    @Operation(summary = "Sandbox: one day's prices of every group, tcgcsv's archive layout as a zip")
    public Response tcgcsvArchive(@PathParam("prefix") String prefix, @PathParam("date") LocalDate date) {
        return file(date, prefix, (variants, day) -> out -> SandboxFiles.tcgcsvArchive(variants, day, out));
    }

    @GET
    @Path("{prefix: (broken/|sets/[A-Za-z0-9._,-]+/|showcase/)?}pricecharting/price-guide/download-custom")
    @Produces("text/csv")
    @Operation(summary = "Sandbox: PriceCharting's price guide CSV (of a past day with ?date=)")
    public Response priceCharting(@PathParam("prefix") String prefix, @QueryParam("category") String category,
                                  @QueryParam("date") LocalDate date) {
        if (category != null && !PriceChartingFormat.POKEMON_CATEGORY.equals(category)) {
            throw new NotFoundException("the sandbox prices pokemon-cards only");
        }
        return file(date, prefix, (variants, day) -> out -> SandboxFiles.priceCharting(variants, day, out));
    }

    @GET
    @Path("down/{any: .*}")
    @Operation(summary = "Sandbox: an upstream that is down (always 503)")
    public Response down(@PathParam("any") String path) {
        requireEnabled();
        throw new ServiceUnavailableException("the sandbox's failing upstream (asked for " + path + ")");
    }

    @POST
    @Path("ingest")
    @Produces(MediaType.APPLICATION_JSON)
    @SandboxControl
    @Operation(summary = "Sandbox: ingest one source's file now (administrators)",
            description = "source = cardmarket | tcgcsv | pricecharting; date (default today) with history=true asks "
                    + "for that past day's file; upstream = configured (default: the source's configured URL) | broken "
                    + "(this sandbox's file cut off half-way) | down (this sandbox's failing upstream), the last two only "
                    + "while the source's configured URL is this sandbox; force ingests even a file whose bytes were "
                    + "ingested before. Returns the run's report.")
    public IngestRunResponse ingest(@QueryParam("source") String source, @QueryParam("date") LocalDate date,
                               @QueryParam("history") boolean history, @QueryParam("upstream") String upstream,
                               @QueryParam("force") boolean force) {
        requireEnabled();
        PriceSource priceSource = PriceSource.find(source == null ? "" : source)
                .orElseThrow(() -> new NotFoundException("no price source '" + source + "'"));
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        Optional<URI> base = ingestUpstream(priceSource, upstream);
        return IngestRunResponse.from(ingest.ingest(new IngestPricesCommand(priceSource, day, history, base, force,
                IngestScope.ALL)));
    }

    @POST
    @Path("moves")
    @Produces(MediaType.APPLICATION_JSON)
    @SandboxControl
    @Operation(summary = "Sandbox: move a card's prices from today on (administrators)",
            description = "card_id, percent (-90 to +900): from today every variant of the card costs that much more or "
                    + "less on every source in the files this sandbox serves; moves of a card add up. The next ingest "
                    + "(force=true for a file of today already ingested) brings the move into the store, as a real "
                    + "market's drop would: what a demo needs to see a price alert fire. Kept in this node's memory "
                    + "until it restarts.")
    public Map<String, Object> move(@QueryParam("card_id") @Min(1) long cardId,
                                    @QueryParam("percent") @Min(-90) @Max(900) int percent) {
        requireEnabled();
        LocalDate today = LocalDate.now(clock);
        MarketMoves.Move move = MarketMoves.move(new CardId(cardId), today, 1 + percent / 100.0);
        return Map.of("card_id", cardId, "from", move.from().toString(), "factor", move.factor());
    }

    @POST
    @Path("snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    @SandboxControl
    @Operation(summary = "Sandbox: take the daily price snapshot of a day now (default today; administrators)")
    public Map<String, Object> takeSnapshot(@QueryParam("date") LocalDate date) {
        requireEnabled();
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return Map.of("day", day.toString(), "snapshots", snapshot.takeSnapshot(day));
    }

    @POST
    @Path("backfill")
    @Produces(MediaType.APPLICATION_JSON)
    @SandboxControl
    @Operation(summary = "Sandbox: backfill daily history now (administrators)",
            description = "days (default 90) for every priced card, showcase_days (default 730) for the configured "
                    + "showcase; sets (comma-separated set ids, e.g. cel25) backfills only those sets' cards, from this "
                    + "sandbox's files of those sets (a partial backfill, not recorded as the first-start one); without it the "
                    + "days before `days` read the sandbox's showcase files. Answers "
                    + "when done with the files, points written and the points per second.")
    public Map<String, Object> backfill(@QueryParam("days") @DefaultValue("90") @Min(0) @Max(3650) int days,
                                        @QueryParam("showcase_days") @DefaultValue("730") @Min(0) @Max(3650) int showcaseDays,
                                        @QueryParam("sets") @Pattern(regexp = SETS) String sets) {
        requireEnabled();
        Map<PriceSource, URI> scoped = new EnumMap<>(PriceSource.class);
        Map<PriceSource, URI> showcaseUpstreams = new EnumMap<>(PriceSource.class);
        for (PriceSource source : List.of(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING)) {
            if (sets != null) {
                scoped.put(source, upstreams.scoped(source, SETS_PREFIX + sets + "/").orElseThrow(() -> notThisSandbox(
                        "sets", source)));
            }
            upstreams.scoped(source, SHOWCASE_PREFIX).ifPresent(url -> showcaseUpstreams.put(source, url));
        }
        BackfillReport report = backfill.backfill(new BackfillPricesCommand(LocalDate.now(clock), days, showcaseDays, showcase,
                false, scoped, showcaseUpstreams));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("files", report.files());
        answer.put("failed_files", report.failedFiles());
        answer.put("points_read", report.pointsRead());
        answer.put("points_written", report.pointsWritten());
        answer.put("snapshot_rows", report.snapshotRows());
        answer.put("seconds", report.duration().toSeconds());
        answer.put("points_per_second", Math.round(report.pointsPerSecond()));
        return answer;
    }

    @GET
    @Path("store")
    @Produces(MediaType.APPLICATION_JSON)
    @SandboxControl
    @Operation(summary = "Sandbox: the price store's counters (points, priced cards, series, latest, outliers, runs; "
            + "administrators)")
    public PriceStoreStats store() {
        requireEnabled();
        return storeStats.priceStoreStats();
    }

    /**
     * Where an ingest reads: the configured URL, or one of this sandbox's test variants of it. Never a
     * URL from the request: the server would fetch whatever it named (and trip the real sources'
     * circuit breakers on the way).
     */
    private Optional<URI> ingestUpstream(PriceSource source, String upstream) {
        String name = upstream == null ? "" : upstream.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "configured" -> Optional.empty();
            case "broken" -> Optional.of(upstreams.scoped(source, BROKEN_PREFIX)
                    .orElseThrow(() -> notThisSandbox("upstream", source)));
            case "down" -> Optional.of(upstreams.scoped(source, "down/")
                    .orElseThrow(() -> notThisSandbox("upstream", source)));
            default -> throw new InvalidParameterException(new FieldError(List.of("query", "upstream"),
                    "must be one of configured, broken, down", "value_error.const"));
        };
    }

    private static InvalidParameterException notThisSandbox(String parameter, PriceSource source) {
        return new InvalidParameterException(new FieldError(List.of("query", parameter),
                "the configured " + source.code() + " URL is not this sandbox's, which has no such files", "value_error"));
    }

    private interface FileWriter {
        StreamingOutput write(List<PricedVariant> variants, LocalDate day);
    }

    /**
     * A file of the whole catalogue, or with the prefix {@code sets/<id>,<id>/} of those sets only
     * (a scoped backfill asks for these), with {@code showcase/} of the showcase's cards only, or with
     * {@code broken/} cut off half-way.
     */
    private Response file(LocalDate date, String prefix, FileWriter writer) {
        requireEnabled();
        List<PricedVariant> variants = catalogue.variants();
        if (variants.isEmpty()) {
            throw new ServiceUnavailableException("the catalogue is not imported yet");
        }
        String scope = prefix == null ? "" : prefix;
        if (scope.startsWith(SETS_PREFIX)) {
            variants = inSets(variants, scope.substring(SETS_PREFIX.length(), scope.length() - 1));
        } else if (scope.equals(SHOWCASE_PREFIX)) {
            variants = catalogue.showcase(showcase);
            if (variants.isEmpty()) {
                throw new NotFoundException("the showcase holds no priced card");
            }
        }
        StreamingOutput body = writer.write(variants, date == null ? LocalDate.now(clock) : date);
        if (scope.equals(BROKEN_PREFIX)) {
            body = halved(body);
        }
        return Response.ok(body).header(SANDBOX_HEADER, "true").build();
    }

    /** The first half of a file, as a download cut off mid-way would arrive. */
    private static StreamingOutput halved(StreamingOutput whole) {
        return (OutputStream out) -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            whole.write(buffer);
            byte[] bytes = buffer.toByteArray();
            out.write(Arrays.copyOf(bytes, bytes.length / 2));
        };
    }

    private static List<PricedVariant> inSets(List<PricedVariant> variants, String sets) {
        Set<String> wanted = Set.of(sets.split(","));
        List<PricedVariant> kept = variants.stream().filter(variant -> wanted.contains(variant.setExternalId())).toList();
        if (kept.isEmpty()) {
            throw new NotFoundException("no priced card in the sets " + sets);
        }
        return kept;
    }

    /** The variants of one tcgcsv group of the game's category among those the file covers. */
    private List<PricedVariant> requireGroup(List<PricedVariant> covered, SandboxGame game, long group) {
        List<PricedVariant> variants = catalogue.group(group);
        if (!variants.isEmpty() && !game.quotes(variants.get(0))) {
            throw new NotFoundException("no group " + group + " in category " + game.tcgplayerCategory());
        }
        if (variants.size() != covered.size()) {
            Set<PricedVariant> scope = new HashSet<>(covered);
            variants = variants.stream().filter(scope::contains).toList();
        }
        if (variants.isEmpty()) {
            throw new NotFoundException("no group " + group);
        }
        return variants;
    }

    private static SandboxGame requireCategory(long category) {
        return SandboxGame.ofTcgplayerCategory(category).orElseThrow(() -> new NotFoundException("no category " + category));
    }

    private static SandboxGame requireCardmarketGame(int game) {
        return SandboxGame.ofCardmarketGame(game).orElseThrow(() -> new NotFoundException("no Cardmarket game " + game));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException("Not Found");
        }
    }
}
