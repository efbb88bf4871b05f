.class public La/a/a/a$a;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public a(Ljava/lang/String;)La/a/a/a$a;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
