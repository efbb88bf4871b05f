.class public Lcom/example/guanjia/GuanjiaApp;
.super Landroid/app/Application;
.source "GuanjiaApp.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Application;-><init>()V

    return-void
.end method


# virtual methods
.method public onCreate()V
    .registers 3

    invoke-super {p0}, Landroid/app/Application;->onCreate()V

    invoke-virtual {p0}, Lcom/example/guanjia/GuanjiaApp;->getCacheDir()Ljava/io/File;

    move-result-object v0

    const-wide/32 v1, 0x3200000

    invoke-static {v0, v1, v2}, Lcom/example/guanjia/scan/ScanResult;->trimCache(Ljava/io/File;J)V

    return-void
.end method
