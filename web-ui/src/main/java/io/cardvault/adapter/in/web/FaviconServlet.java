package io.cardvault.adapter.in.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /favicon.ico}, the address browsers ask for whatever a page links: the site's card mark (16, 32 and
 * 48 px). The JSON API owns every other root path, so this one is mapped to its own servlet (web.xml). Its URL
 * cannot carry a version, so browsers keep it a day rather than a year.
 */
public class FaviconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ICON = "/favicon.ico";
    static final String CACHE_CONTROL = "public, max-age=86400";

    private transient byte[] icon;

    @Override
    public void init() throws ServletException {
        try (InputStream bytes = getServletContext().getResourceAsStream(ICON)) {
            if (bytes == null) {
                throw new ServletException(ICON + " is missing from the WAR");
            }
            icon = bytes.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("image/x-icon");
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setContentLength(icon.length);
        response.getOutputStream().write(icon);
    }
}
