.class public Lcom/example/guanjia/CleanActivity;
.super Landroid/app/Activity;
.source "CleanActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-virtual {p0}, Lcom/example/guanjia/CleanActivity;->getCacheDir()Ljava/io/File;

    move-result-object v0

    const-wide/16 v1, 0x0

    invoke-static {v0, v1, v2}, Lcom/example/guanjia/scan/ScanResult;->trimCache(Ljava/io/File;J)V

    invoke-virtual {p0}, Lcom/example/guanjia/CleanActivity;->finish()V

    return-void
.end method
