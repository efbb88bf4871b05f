.class public final Lcom/example/youxi/GameCatalog;
.super Ljava/lang/Object;
.source "GameCatalog.java"


# static fields
.field private static sCacheDir:Ljava/io/File;


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static cacheDir()Ljava/io/File;
    .registers 1

    sget-object v0, Lcom/example/youxi/GameCatalog;->sCacheDir:Ljava/io/File;

    return-object v0
.end method

.method public static warmUp(Landroid/content/Context;)V
    .registers 3

    new-instance v0, Ljava/io/File;

    invoke-virtual {p0}, Landroid/content/Context;->getCacheDir()Ljava/io/File;

    move-result-object p0

    const-string v1, "h5games"

    invoke-direct {v0, p0, v1}, Ljava/io/File;-><init>(Ljava/io/File;Ljava/lang/String;)V

    invoke-virtual {v0}, Ljava/io/File;->mkdirs()Z

    sput-object v0, Lcom/example/youxi/GameCatalog;->sCacheDir:Ljava/io/File;

    return-void
.end method
