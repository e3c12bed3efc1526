/**
 * The decoded-image cache limit. A 512×512 16-bit MR slice takes 0.5 MB decoded; this holds
 * about 500 of them — a few series around where the reader is — whatever the study's size.
 * The parsed file bytes of each cached image ride along (wadouri keeps the dataset until the
 * image leaves the cache), so the real ceiling is up to about twice this for uncompressed files.
 */
export const IMAGE_CACHE_BYTES = 256 * 1024 * 1024;
