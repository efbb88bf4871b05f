.class public Lcom/example/bizhi/HomeActivity;
.super Landroid/app/Activity;
.source "HomeActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public saveWallpaper(Landroid/graphics/Bitmap;Ljava/lang/String;)V
    .registers 5

    invoke-virtual {p0}, Lcom/example/bizhi/HomeActivity;->getContentResolver()Landroid/content/ContentResolver;

    move-result-object v0

    const-string v1, "\u5929\u5929\u58c1\u7eb8"

    invoke-static {v0, p1, p2, v1}, Landroid/provider/MediaStore$Images$Media;->insertImage(Landroid/content/ContentResolver;Landroid/graphics/Bitmap;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;

    return-void
.end method

.method public setAsWallpaper(Landroid/graphics/Bitmap;)V
    .registers 3

    :try_start_0
    invoke-static {p0}, Landroid/app/WallpaperManager;->getInstance(Landroid/content/Context;)Landroid/app/WallpaperManager;

    move-result-object v0

    invoke-virtual {v0, p1}, Landroid/app/WallpaperManager;->setBitmap(Landroid/graphics/Bitmap;)V
    :try_end_7
    .catch Ljava/io/IOException; {:try_start_0 .. :try_end_7} :catch_8

    :catch_8
    return-void
.end method
