.class public Lcom/facebook/FacebookActivity;
.super Landroid/app/Activity;
.source "FacebookActivity.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method
