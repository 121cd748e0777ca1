package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.it.Community.Member;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/messages} on the real WAR: sending (with the recipient's aliases), the folders in the spec's
 * shape (items and messages, unread_count), threads, a conversation that marks read, the recipient's
 * notification, a blocked sender refused, and every refusal in its shape.
 */
class MessagesIT {

    @Test
    void a_message_reaches_the_inbox_in_the_specs_shape_and_notifies_the_recipient() {
        Member alice = Community.member("msg-alice");
        Member bob = Community.member("msg-bob");

        JsonObject sent = Community.send(alice, bob, "Is the Charizard still available?");
        assertThat(sent.getString("direction")).isEqualTo("sent");
        assertThat(sent.getString("from_username")).isEqualTo(alice.username());
        assertThat(sent.getString("to_username")).isEqualTo(bob.username());

        JsonObject inbox = bob.call("GET", "/api/messages", null).json().asJsonObject();
        assertThat(inbox.getString("folder")).isEqualTo("inbox");
        assertThat(inbox.getInt("unread_count")).isEqualTo(1);
        assertThat(inbox.getJsonArray("items")).isEqualTo(inbox.getJsonArray("messages")).hasSize(1);
        JsonObject item = inbox.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isEqualTo(Community.id(sent));
        assertThat(item.getJsonNumber("sender_id").longValue()).isPositive();
        assertThat(item.getJsonNumber("recipient_id").longValue()).isPositive().isNotEqualTo(item.getJsonNumber("sender_id").longValue());
        assertThat(item.getString("from_username")).isEqualTo(alice.username());
        assertThat(item.getString("body")).isEqualTo("Is the Charizard still available?");
        assertThat(item.isNull("listing_id")).isTrue();
        assertThat(item.isNull("subject")).isTrue();
        assertThat(item.isNull("parent_id")).isTrue();
        assertThat(item.getBoolean("is_read")).isFalse();
        assertThat(item.getBoolean("is_system")).isFalse();
        assertThat(item.getString("created_at")).isNotBlank();
        assertThat(item.getString("direction")).isEqualTo("received");

        JsonObject sentFolder = alice.call("GET", "/api/messages?folder=sent", null).json().asJsonObject();
        assertThat(sentFolder.getJsonArray("items")).hasSize(1);
        assertThat(sentFolder.getInt("unread_count")).isZero();
        assertThat(alice.call("GET", "/api/messages", null).json().asJsonObject().getJsonArray("items")).isEmpty();

        JsonArray notes = bob.call("GET", "/api/notifications", null).json().asJsonObject().getJsonArray("items");
        JsonObject note = notes.getJsonObject(0);
        assertThat(note.getString("kind")).isEqualTo("new_message");
        assertThat(note.getJsonObject("data").getJsonNumber("message_id").longValue()).isEqualTo(Community.id(sent));
        assertThat(note.getJsonObject("data").getString("from_username")).isEqualTo(alice.username());
        assertThat(note.getString("url")).isEqualTo("/messages/" + alice.username());
    }

    @Test
    void the_recipient_hears_of_a_new_message_on_their_user_channel() {
        Member alice = Community.member("rt-alice");
        Member bob = Community.member("rt-bob");
        long bobId = bob.call("GET", "/auth/me", null).json().asJsonObject().getJsonNumber("id").longValue();
        Realtime.Socket socket = Realtime.channel(bob.cookie());
        socket.next("welcome");
        socket.send("{\"type\":\"subscribe\",\"topic\":\"user:" + bobId + "\"}");
        assertThat(socket.next("subscribed").getString("topic")).isEqualTo("user:" + bobId);

        Community.send(alice, bob, "Live hello");
        JsonObject frame = socket.next("notification");
        assertThat(frame.getString("topic")).isEqualTo("user:" + bobId);
        assertThat(frame.getJsonObject("data").getString("kind")).isEqualTo("new_message");
        assertThat(frame.getJsonObject("data").getString("body")).isEqualTo("Live hello");
        assertThat(frame.getJsonObject("data").getString("url")).isEqualTo("/messages/" + alice.username());
        socket.close();
    }

    @Test
    void aliases_threads_and_a_conversation_that_marks_received_messages_read() {
        Member alice = Community.member("thr-alice");
        Member bob = Community.member("thr-bob");
        Member carol = Community.member("thr-carol");
        JsonObject first = Community.send(alice, bob, "one");
        Api.Reply viaTo = bob.call("POST", "/api/messages", "{\"to\":\"" + alice.username() + "\",\"body\":\"two\",\"subject\":\"Re: one\","
                + "\"parent_id\":" + Community.id(first) + "}");
        assertThat(viaTo.status()).as(viaTo.body()).isEqualTo(201);
        assertThat(viaTo.json().asJsonObject().getJsonNumber("parent_id").longValue()).isEqualTo(Community.id(first));
        Api.Reply viaRecipient = carol.call("POST", "/api/messages", "{\"recipient_username\":\"" + bob.username() + "\",\"body\":\"hi\"}");
        assertThat(viaRecipient.status()).as(viaRecipient.body()).isEqualTo(201);
        Community.send(alice, bob, "three");

        JsonObject threads = bob.call("GET", "/api/messages/threads", null).json().asJsonObject();
        assertThat(threads.getInt("total")).isEqualTo(2);
        JsonObject newest = threads.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("username")).isEqualTo(alice.username());
        assertThat(newest.getInt("message_count")).isEqualTo(3);
        assertThat(newest.getInt("unread_count")).isEqualTo(2);
        assertThat(newest.getJsonObject("last_message").getString("body")).isEqualTo("three");
        assertThat(bob.call("GET", "/api/messages", null).json().asJsonObject().getInt("unread_count")).isEqualTo(3);

        JsonObject conversation = bob.call("GET", "/api/messages/with/" + alice.username(), null).json().asJsonObject();
        assertThat(conversation.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(m -> m.getString("body")))
                .containsExactly("one", "two", "three");
        assertThat(conversation.getInt("marked_read")).isEqualTo(2);
        assertThat(bob.call("GET", "/api/messages", null).json().asJsonObject().getInt("unread_count")).isEqualTo(1);
        assertThat(bob.call("GET", "/api/messages/with/" + alice.username(), null).json().asJsonObject().getInt("marked_read")).isZero();
        // alice's own unread message from bob stays unread until she reads it
        assertThat(alice.call("GET", "/api/messages", null).json().asJsonObject().getInt("unread_count")).isEqualTo(1);
        assertThat(alice.call("GET", "/api/messages?folder=all&limit=2", null).json().asJsonObject().getJsonArray("items")).hasSize(2);
    }

    @Test
    void messages_about_a_listing_are_filtered_by_it() {
        String seller = Market.seller("msg-seller");
        Member sellerMember = new Member(seller, Market.username(seller));
        long listing = Market.id(Market.list(seller, "120.00", ""));
        Member buyer = Community.member("msg-buyer");
        Api.Reply about = buyer.call("POST", "/api/messages", "{\"to_username\":\"" + sellerMember.username()
                + "\",\"body\":\"Would you ship to Belgium?\",\"listing_id\":" + listing + "}");
        assertThat(about.status()).as(about.body()).isEqualTo(201);
        Community.send(buyer, sellerMember, "Unrelated question");

        JsonArray filtered = sellerMember.call("GET", "/api/messages?listing_id=" + listing, null).json().asJsonObject()
                .getJsonArray("items");
        assertThat(filtered).hasSize(1);
        assertThat(filtered.getJsonObject(0).getJsonNumber("listing_id").longValue()).isEqualTo(listing);
        assertThat(sellerMember.call("GET", "/api/messages/with/" + buyer.username() + "?listing_id=" + listing, null).json()
                .asJsonObject().getJsonArray("items")).hasSize(1);
        Watchers.assertInvalid(buyer.call("POST", "/api/messages", "{\"to_username\":\"" + sellerMember.username()
                + "\",\"body\":\"x\",\"listing_id\":999999999}"), "listing_id");
    }

    @Test
    void a_blocked_sender_is_refused_but_the_blocker_may_still_write() {
        Member alice = Community.member("blk-alice");
        Member bob = Community.member("blk-bob");
        assertThat(bob.call("POST", "/api/blocks/" + alice.username(), null).status()).isEqualTo(200);

        Api.Reply refused = alice.call("POST", "/api/messages", "{\"to_username\":\"" + bob.username() + "\",\"body\":\"hello?\"}");
        Market.refused(refused, 403, "blocked");
        assertThat(bob.call("GET", "/api/messages", null).json().asJsonObject().getJsonArray("items")).isEmpty();
        Community.send(bob, alice, "I blocked you");
        assertThat(bob.call("GET", "/api/messages/with/" + alice.username(), null).json().asJsonObject().getBoolean("blocked")).isTrue();

        assertThat(bob.call("DELETE", "/api/blocks/" + alice.username(), null).status()).isEqualTo(200);
        Community.send(alice, bob, "thanks for unblocking");
    }

    @Test
    void bad_input_is_answered_in_the_error_shapes() {
        Member alice = Community.member("bad-alice");
        Member bob = Community.member("bad-bob");
        Member carol = Community.member("bad-carol");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", "{\"to_username\":\"" + bob.username() + "\"}"), "body");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", "{\"body\":\"hi\"}"), "to_username");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", Json.createObjectBuilder().add("to_username", bob.username())
                .add("body", "x".repeat(5001)).build().toString()), "body");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", Json.createObjectBuilder().add("to_username", bob.username())
                .add("body", "ok").add("subject", "s".repeat(201)).build().toString()), "subject");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", "{\"to_username\":\"" + bob.username()
                + "\",\"body\":\"ok\",\"listing_id\":\"seven\"}"), "listing_id");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", "[1,2]"), "body");
        JsonObject bobToCarol = Community.send(bob, carol, "private");
        Watchers.assertInvalid(alice.call("POST", "/api/messages", "{\"to_username\":\"" + bob.username()
                + "\",\"body\":\"ok\",\"parent_id\":" + Community.id(bobToCarol) + "}"), "parent_id");
        Watchers.assertDetail(alice.call("POST", "/api/messages", "{\"to_username\":\"nobody-here-xyz\",\"body\":\"hi\"}"), 404);
        Market.refused(alice.call("POST", "/api/messages", "{\"to_username\":\"" + alice.username() + "\",\"body\":\"me\"}"), 400,
                "self_addressed");
        Watchers.assertInvalid(alice.call("GET", "/api/messages?limit=101", null), "limit");
        Watchers.assertInvalid(alice.call("GET", "/api/messages?limit=0", null), "limit");
        Watchers.assertInvalid(alice.call("GET", "/api/messages?folder=trash", null), "folder");
        Watchers.assertDetail(alice.call("GET", "/api/messages/with/nobody-here-xyz", null), 404);
    }

    @Test
    void anonymous_callers_are_401() {
        Watchers.assertDetail(Api.call("GET", "/api/messages", null), 401);
        Watchers.assertDetail(Api.call("POST", "/api/messages", "{\"to_username\":\"demo-2\",\"body\":\"hi\"}"), 401);
        Watchers.assertDetail(Api.call("GET", "/api/messages/threads", null), 401);
        Watchers.assertDetail(Api.call("GET", "/api/messages/with/demo-2", null), 401);
    }
}
