/* The contribution form's "where" step: choose a point on a map inside the project's area.
   It only fills the latitude and longitude fields, which stay visible and editable: the form
   works the same without JavaScript, and the server checks the area again. */
(function () {
    "use strict";

    function inRing(x, y, ring) {
        var inside = false;
        for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > y) !== (yj > y) && x < xi + (y - yi) * (xj - xi) / (yj - yi)) {
                inside = !inside;
            }
        }
        return inside;
    }

    function inArea(area, lng, lat) {
        if (!area) { return true; }
        var polygons = area.type === "Polygon" ? [area.coordinates] : area.coordinates;
        return polygons.some(function (polygon) {
            return inRing(lng, lat, polygon[0]) && !polygon.slice(1).some(function (hole) {
                return inRing(lng, lat, hole);
            });
        });
    }

    function start() {
        var element = document.getElementById("heritage-picker");
        if (!element || typeof L === "undefined") { return; }
        var latInput = document.getElementById(element.dataset.latInput);
        var lngInput = document.getElementById(element.dataset.lngInput);
        var status = document.getElementById("heritage-picker-status");
        var actions = document.getElementById("heritage-picker-actions");
        var node = document.getElementById("heritage-area");
        var area = null;
        try { area = node ? JSON.parse(node.textContent) : null; } catch (error) { area = null; }
        if (area && !area.type) { area = null; }

        element.hidden = false;
        if (actions) { actions.hidden = false; }

        // Right-to-left pages (Arabic) mirror the map's controls, as they mirror the page.
        var rtl = document.documentElement.dir === "rtl";
        var map = L.map(element, { zoomControl: false, attributionControl: false });
        L.control.zoom({ position: rtl ? "topright" : "topleft" }).addTo(map);
        L.control.attribution({ position: rtl ? "bottomleft" : "bottomright" }).addTo(map);
        L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.tileAttribution }).addTo(map);
        if (area) {
            var outline = L.geoJSON(area, { style: { color: "#1d4f91", weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
            map.fitBounds(outline.getBounds());
        } else {
            map.setView([0, 0], 2);
        }
        var marker = null;

        function choose(lat, lng) {
            if (!inArea(area, lng, lat)) {
                status.textContent = element.dataset.outside;
                return;
            }
            latInput.value = lat.toFixed(6);
            lngInput.value = lng.toFixed(6);
            if (marker) { marker.setLatLng([lat, lng]); } else { marker = L.marker([lat, lng]).addTo(map); }
            status.textContent = element.dataset.chosen + " " + latInput.value + ", " + lngInput.value;
        }

        var lat = parseFloat(latInput.value), lng = parseFloat(lngInput.value);
        if (!isNaN(lat) && !isNaN(lng)) {
            marker = L.marker([lat, lng]).addTo(map);
        }
        map.on("click", function (event) { choose(event.latlng.lat, event.latlng.lng); });
        var centre = document.getElementById("heritage-picker-centre");
        if (centre) {
            // Keyboard users pan the map with the arrow keys, then place the point here.
            centre.addEventListener("click", function () {
                var middle = map.getCenter();
                choose(middle.lat, middle.lng);
            });
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
