"""The framework's views: public tool routes, oEmbed, and the admin's embed code screen."""
