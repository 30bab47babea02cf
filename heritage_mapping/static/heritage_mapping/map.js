/* The public heritage map: approved items from the project's GeoJSON, clustered when dense.
   Progressive enhancement: the page already lists every item; without JavaScript, or when
   the tiles do not load, nothing is lost. Texts are inserted with textContent (never HTML). */
(function () {
    "use strict";

    function areaGeometry() {
        var node = document.getElementById("heritage-area");
        if (!node) { return null; }
        try {
            var area = JSON.parse(node.textContent);
            return area && area.type ? area : null;
        } catch (error) {
            return null;
        }
    }

    function popupFor(feature, itemBase, openLabel) {
        var box = document.createElement("div");
        var title = document.createElement("strong");
        title.textContent = feature.properties.title;
        box.appendChild(title);
        var meta = document.createElement("p");
        meta.textContent = feature.properties.category_label;
        box.appendChild(meta);
        var link = document.createElement("a");
        link.href = itemBase + encodeURIComponent(String(feature.id)) + "/";
        link.textContent = openLabel + ": " + feature.properties.title;
        box.appendChild(link);
        return box;
    }

    function start() {
        var element = document.getElementById("heritage-map");
        if (!element || typeof L === "undefined") { return; }
        var status = document.getElementById("heritage-map-status");
        element.hidden = false;

        // Right-to-left pages (Arabic) mirror the map's controls, as they mirror the page.
        var rtl = document.documentElement.dir === "rtl";
        var map = L.map(element, { scrollWheelZoom: false, zoomControl: false, attributionControl: false });
        L.control.zoom({ position: rtl ? "topright" : "topleft" }).addTo(map);
        L.control.attribution({ position: rtl ? "bottomleft" : "bottomright" }).addTo(map);
        var tiles = L.tileLayer(element.dataset.tileUrl, {
            maxZoom: 19,
            attribution: element.dataset.tileAttribution
        }).addTo(map);
        var failures = 0;
        tiles.on("tileerror", function () {
            failures += 1;
            if (failures === 3 && status) {
                status.hidden = false;
                status.textContent = element.dataset.tilesFailed;
            }
        });

        var area = areaGeometry();
        var outline = null;
        if (area) {
            outline = L.geoJSON(area, { style: { color: "#1d4f91", weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
            map.fitBounds(outline.getBounds());
        } else {
            map.setView([0, 0], 2);
        }

        fetch(element.dataset.geojson, { credentials: "omit" })
            .then(function (response) { return response.json(); })
            .then(function (collection) {
                var group = typeof L.markerClusterGroup === "function"
                    ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 })
                    : L.featureGroup();
                collection.features.forEach(function (feature) {
                    if (!feature.geometry || feature.geometry.type !== "Point") { return; }
                    var position = feature.geometry.coordinates;
                    var marker = L.marker([position[1], position[0]], {
                        title: feature.properties.title,
                        alt: feature.properties.title,
                        keyboard: true
                    });
                    marker.bindPopup(popupFor(feature, element.dataset.itemBase, element.dataset.openLabel));
                    group.addLayer(marker);
                });
                group.addTo(map);
                if (!outline && group.getLayers().length) {
                    map.fitBounds(group.getBounds(), { maxZoom: 17 });
                }
            })
            .catch(function () {
                if (status) {
                    status.hidden = false;
                    status.textContent = element.dataset.tilesFailed;
                }
            });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
