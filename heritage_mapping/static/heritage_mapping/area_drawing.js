/* A project's edit form in the admin: draw the neighbourhood's outline on a map.
   The outline is written into the area field as a GeoJSON Polygon ([longitude, latitude]
   positions, first position repeated at the end); the field stays visible and editable, the
   form works without JavaScript, and the server validates the area again. Keyboard users pan
   the map with the arrow keys and add the point at the map's centre. */
(function () {
    "use strict";

    function start() {
        var element = document.getElementById("heritage-area-map");
        if (!element || typeof L === "undefined") { return; }
        var input = document.getElementById(element.dataset.areaInput);
        var status = document.getElementById("heritage-area-status");
        var buttons = {};
        ["draw", "centre", "undo", "finish", "cancel"].forEach(function (name) {
            buttons[name] = document.getElementById("heritage-area-" + name);
        });
        if (!input) { return; }

        element.hidden = false;
        document.getElementById("heritage-area-actions").hidden = false;
        var map = L.map(element);
        L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.tileAttribution }).addTo(map);
        var outline = null;
        var points = [];
        var sketch = L.polyline([], { color: "#b45309", weight: 3, dashArray: "6 4" }).addTo(map);
        var markers = L.layerGroup().addTo(map);
        var drawing = false;

        function say(message) { status.textContent = message; }

        function showStored() {
            if (outline) { map.removeLayer(outline); outline = null; }
            var area = null;
            try { area = input.value.trim() ? JSON.parse(input.value) : null; } catch (error) { area = null; }
            if (area && (area.type === "Polygon" || area.type === "MultiPolygon" || area.type === "Feature" || area.type === "FeatureCollection")) {
                outline = L.geoJSON(area, { style: { color: "#1d4f91", weight: 2, fillOpacity: 0.08 }, interactive: false }).addTo(map);
                if (outline.getBounds().isValid()) { map.fitBounds(outline.getBounds()); return; }
            }
            map.setView([20, 0], 2);
        }

        function refresh() {
            // Quick clicks on corners must not zoom the map while drawing.
            if (drawing) { map.doubleClickZoom.disable(); } else { map.doubleClickZoom.enable(); }
            sketch.setLatLngs(points);
            markers.clearLayers();
            points.forEach(function (point) {
                L.circleMarker(point, { radius: 5, color: "#b45309", interactive: false }).addTo(markers);
            });
            buttons.draw.hidden = drawing;
            buttons.centre.hidden = buttons.undo.hidden = buttons.cancel.hidden = !drawing;
            buttons.finish.hidden = !drawing;
            buttons.finish.disabled = points.length < 3;
            buttons.undo.disabled = points.length === 0;
        }

        function add(latlng) {
            if (!drawing) { return; }
            points.push([latlng.lat, latlng.lng]);
            refresh();
            say(element.dataset.pointsTemplate.replace("%(count)s", points.length));
        }

        buttons.draw.addEventListener("click", function () {
            drawing = true;
            points = [];
            refresh();
            say(element.dataset.started);
        });
        buttons.centre.addEventListener("click", function () { add(map.getCenter()); });
        buttons.undo.addEventListener("click", function () {
            points.pop();
            refresh();
            say(element.dataset.pointsTemplate.replace("%(count)s", points.length));
        });
        buttons.cancel.addEventListener("click", function () {
            drawing = false;
            points = [];
            refresh();
            say(element.dataset.cancelled);
        });
        buttons.finish.addEventListener("click", function () {
            if (points.length < 3) { return; }
            var ring = points.map(function (point) {
                return [Number(point[1].toFixed(6)), Number(point[0].toFixed(6))];
            });
            ring.push(ring[0].slice());
            input.value = JSON.stringify({ type: "Polygon", coordinates: [ring] });
            input.dispatchEvent(new Event("change", { bubbles: true }));
            drawing = false;
            points = [];
            refresh();
            showStored();
            say(element.dataset.finished);
        });
        map.on("click", function (event) { add(event.latlng); });
        input.addEventListener("change", function () { if (!drawing) { showStored(); } });

        showStored();
        refresh();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
