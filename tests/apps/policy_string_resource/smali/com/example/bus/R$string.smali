.class public final Lcom/example/bus/R$string;
.super Ljava/lang/Object;
.source "R.java"


# annotations
.annotation system Ldalvik/annotation/EnclosingClass;
    value = Lcom/example/bus/R;
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x19
    name = "string"
.end annotation


# static fields
.field public static final app_name:I = 0x7f020000

.field public static final title_nearby:I = 0x7f020001

.field public static final title_policy:I = 0x7f020002

.field public static final policy_dialog_title:I = 0x7f020003

.field public static final policy_dialog_message:I = 0x7f020004

.field public static final btn_agree:I = 0x7f020005

.field public static final btn_disagree:I = 0x7f020006

.field public static final privacy_url:I = 0x7f020007

.field public static final locating:I = 0x7f020008

.field public static final location_denied:I = 0x7f020009

.field public static final privacy_content:I = 0x7f02000a


# direct methods
.method private constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method
