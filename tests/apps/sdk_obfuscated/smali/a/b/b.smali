.class public La/b/b;
.super Landroid/widget/FrameLayout;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0, p1}, Landroid/widget/FrameLayout;-><init>(Landroid/content/Context;)V
    return-void
.end method
.method public a(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
